package org.budgetperf.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.budgetperf.support.ApplicationProcess;
import org.budgetperf.support.BasicAuthApi;
import org.budgetperf.support.TestDatabase;
import org.budgetperf.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The July 1 drill on two nodes of one database: 2,000 published tables fall due at once; one node is SIGKILLed
 * half-way; the survivor opens the rest, also the phases the killed node had locked, once their locks expire. Every
 * table then has one monitoring process and one open task, nothing failed, nothing was notified twice. Before the
 * drain, with both nodes up: a browser's login session lives on the node that logged it in, and HTTP Basic works on
 * either node.
 */
class TwoNodeDrillTest {

    private static final int TABLES = 2_000;
    /** Seed, start and drain take some 2 minutes on this 2-core machine; the drain's own bound is below. */
    private static final Duration DRAIN_BOUND = Duration.ofSeconds(150);

    @Test
    void theSurvivorOpensEveryTableOnceAfterAKill() {
        assumeTrue(TestDatabase.isPostgresReachable(), "PostgreSQL at " + TestDatabase.ADMIN_URL + " is not reachable");
        long start = System.nanoTime();
        try (TimerDrain drill = TimerDrain.seed(TABLES)) {
            drill.startNodes(2, ApplicationProcess.TEST_JVM, List.of());
            double started = (System.nanoTime() - start) / 1e9;
            sessionsStayOnTheirNode(drill.baseUrl(1), drill.baseUrl(2));
            DrainResult result = drill.drain(true, DRAIN_BOUND);
            System.out.printf("DRILL seeded %,d tables in %.0f s, two nodes up after %.0f s, done after %.0f s%n%s%n",
                    TABLES, drill.seedSeconds(), started, (System.nanoTime() - start) / 1e9, result);
            SoftAssertions.assertSoftly(soft -> {
                soft.assertThat(result.problems()).as("problems of the drain").isEmpty();
                soft.assertThat(result.takeoverSeconds()).as("the killed node's locked jobs were taken over")
                        .isNotNull();
            });
        }
    }

    /**
     * Sessions are kept in each node's memory: the session cookie of a login on node 1 means nothing to node 2, which
     * answers as to anyone not logged in (a load balancer must keep a browser on its node: sticky sessions). HTTP
     * Basic needs no session and is answered by either node.
     */
    private static void sessionsStayOnTheirNode(String node1, String node2) {
        WebappSession browser = WebappSession.anonymous(rest(node1));
        ResponseEntity<String> login = browser.loginOnOurPage("unit-staff", "demo", "/inbox/");
        assertThat(login.getStatusCode()).as("login on node 1").isEqualTo(HttpStatus.FOUND);
        assertThat(browser.get("/api/session").getBody()).as("node 1 knows the session").contains("\"userId\":\"unit-staff\"");

        WebappSession sameBrowserOnNode2 = browser.on(rest(node2));
        ResponseEntity<String> elsewhere = sameBrowserOnNode2.get("/api/session");
        System.out.printf("DRILL session: cookies %s of a login on node 1 sent to node 2: %s %s%n",
                browser.cookieNames(), elsewhere.getStatusCode(), elsewhere.getBody());
        assertThat(elsewhere.getStatusCode()).as("node 2 does not know node 1's session")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(browser.get("/api/session").getStatusCode()).as("node 1 still does").isEqualTo(HttpStatus.OK);

        for (String node : List.of(node1, node2)) {
            assertThat(new BasicAuthApi(node).get("unit-staff", "/api/session").status()).as("HTTP Basic on " + node)
                    .isEqualTo(200);
        }
    }

    private static TestRestTemplate rest(String baseUrl) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(baseUrl)
                .redirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW));
    }
}
