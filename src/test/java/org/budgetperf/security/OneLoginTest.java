package org.budgetperf.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The embedded default's one login, over HTTP: the webapps' session carries a person into our pages and {@code /api};
 * our login page logs into the webapps; either logout ends both; a browser is never asked for Basic credentials;
 * a session's changes need the CSRF token, Basic ones do not.
 */
@IntegrationTest
class OneLoginTest {

    private static final String TASKLIST_USER = "/camunda/api/admin/auth/user/default";

    private TestRestTemplate rest;

    /** A browser sees each redirect; so do these tests. */
    @Autowired
    void noRedirects(TestRestTemplate template) {
        rest = template.withRedirects(Redirects.DONT_FOLLOW);
    }

    @Test
    void aPageOpenedWithoutLoginGoesToTheLoginPageWithoutABasicChallenge() {
        ResponseEntity<String> excel = WebappSession.anonymous(rest).get("/excel/");
        assertThat(excel.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(excel.getHeaders().getLocation()).hasPath("/login/").hasQuery("next=/excel/");
        assertThat(excel.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        assertThat(WebappSession.anonymous(rest).get("/login/").getBody()).contains("<h2>登录</h2>");
    }

    @Test
    void theTasklistLoginCarriesIntoOurPagesAndTheApi() {
        WebappSession tasklist = WebappSession.login(rest, "unit-staff", "tasklist");
        assertThat(tasklist.loginStatus()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> excel = tasklist.get("/excel/");
        assertThat(excel.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(excel.getBody()).contains("绩效目标表 Excel 导入导出");
        assertThat(tasklist.get("/api/session").getBody()).contains("\"userId\":\"unit-staff\"", "\"name\":\"王晓\"",
                "\"name\":\"江苏省红十字会联络与合作中心\"");
    }

    @Test
    void aSessionChangesNothingWithoutTheCsrfTokenABasicClientNeedsNone() {
        WebappSession tasklist = WebappSession.login(rest, "unit-staff", "tasklist");
        HttpHeaders fromAnotherSite = new HttpHeaders();
        fromAnotherSite.setOrigin("https://another-site.example");
        ResponseEntity<String> forged = tasklist.send(HttpMethod.POST, "/api/imports", fromAnotherSite, null);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody()).contains("无权访问");

        HttpHeaders fromThePage = new HttpHeaders();
        fromThePage.set("X-CSRF-TOKEN", tasklist.csrfToken());
        assertThat(tasklist.send(HttpMethod.POST, "/api/imports", fromThePage, null).getStatusCode())
                .as("past the CSRF check: the import itself refuses an empty body").isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(rest.withBasicAuth("unit-staff", "demo").postForEntity("/api/imports", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void ourLoginPageLogsIntoTheWebappsAndReturnsToThePage() {
        WebappSession browser = WebappSession.anonymous(rest);
        ResponseEntity<String> login = browser.loginOnOurPage("unit-staff", "demo", "/excel/?tab=mine");
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(login.getHeaders().getLocation()).hasPath("/excel/").hasQuery("tab=mine");
        assertThat(browser.get(TASKLIST_USER).getBody()).contains("\"userId\":\"unit-staff\"");
        assertThat(browser.get("/excel/").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aWrongPasswordShowsTheLoginPageAgain() {
        // Camunda delays a user's next login after a wrong password, so this uses a name no other test logs in with.
        ResponseEntity<String> refused = WebappSession.anonymous(rest).loginOnOurPage("intruder", "guess", "/excel/");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(refused.getHeaders().getLocation()).hasPath("/login/").hasQuery("error&next=/excel/");
    }

    @Test
    void theLoginReturnsToPagesOfThisServerOnly() {
        for (String elsewhere : new String[] {"//another-site.example/", "https://another-site.example/", "/\\another"}) {
            ResponseEntity<String> login = WebappSession.anonymous(rest).loginOnOurPage("unit-staff", "demo", elsewhere);
            assertThat(login.getHeaders().getLocation()).as(elsewhere).hasPath("/camunda/app/tasklist/default/")
                    .hasHost("localhost").hasNoQuery();
        }
    }

    @Test
    void logoutEndsTheWebappsSessionToo() {
        WebappSession browser = WebappSession.anonymous(rest);
        browser.loginOnOurPage("unit-staff", "demo", "/excel/");
        ResponseEntity<String> logout = browser.get("/logout");
        assertThat(logout.getHeaders().getLocation()).hasPath("/login/").hasQuery("loggedOut");
        assertThat(browser.get(TASKLIST_USER).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(browser.get("/api/session").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theWebappsOwnLogoutEndsOurPagesToo() {
        WebappSession tasklist = WebappSession.login(rest, "unit-staff", "tasklist");
        assertThat(tasklist.logOutOfTheWebapps().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasklist.get("/api/session").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tasklist.get("/excel/").getHeaders().getLocation()).hasPath("/login/");
    }

    @Test
    void theApiChallengesApiClientsButNotBrowsers() {
        ResponseEntity<String> client = rest.getForEntity("/api/targets", String.class);
        assertThat(client.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"budgetperf\"");

        ResponseEntity<String> script = browserRequest("/api/targets", "cors");
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(script.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        assertThat(script.getBody()).contains("未登录");

        ResponseEntity<String> link = browserRequest("/api/targets/1/export?table=target", "navigate");
        assertThat(link.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(link.getHeaders().getLocation()).hasPath("/login/")
                .hasQuery("next=/api/targets/1/export?table=target");
    }

    private ResponseEntity<String> browserRequest(String path, String mode) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Sec-Fetch-Mode", mode);
        headers.setAccept(java.util.List.of(MediaType.ALL));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
