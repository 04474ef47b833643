package org.budgetperf.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.Browser;
import org.budgetperf.support.TasklistPage;
import org.budgetperf.support.TestTargets;
import org.budgetperf.declaration.TargetService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The keycloak profile against a real Keycloak 26 (started by scripts/keycloak.sh): tokens for every demo user,
 * the authorization matrix with its refusals, people named surname first (王晓: Tasklist header, /api/session,
 * history), and a browser that logs in on Keycloak's page, works in the Tasklist and logs out (also with the Tasklist's own 「Log out」), opens the managers' dashboard behind the same login, and a locked account told so in Chinese. Port 8080, because the realm allows exactly that redirect URI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=8080")
@ActiveProfiles({"test", "keycloak"})
class KeycloakIT {

    private static final String BASE = "http://localhost:8080";
    private static final String SEED_000 = "JS-HSZH-LLHZ-2023-01";
    private static final String LOCKED = "账号因多次输入错误的密码已被暂时锁定";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    TargetService targets;
    @Autowired
    ApprovalService approval;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void keycloak() throws Exception {
        KeycloakServer.start();
    }

    @Test
    void everyDemoUserSeesWhatTheirOrganizationAllows() throws Exception {
        assertThat(codes("unit-staff")).contains(SEED_000).doesNotContain("571203-2024-01");
        assertThat(codes("unit-staff-2")).doesNotContain(SEED_000);
        assertThat(codes("dept-reviewer")).contains(SEED_000).doesNotContain("338601-2021-ZT");
        assertThat(codes("finance-reviewer")).contains(SEED_000).doesNotContain("571203-2024-01");
        assertThat(codes("manager")).contains(SEED_000, "338601-2021-ZT", "571203-2024-01", "571301-2024-04");
        approval.open(targets.create(TestTargets.project(TestTargets.JS_UNIT), CurrentUser.system()));
        String unitStaff = KeycloakServer.token("unit-staff");
        List<String> engineTasks = call(unitStaff, HttpMethod.GET, "/engine-rest/task", null).getBody()
                .findValuesAsText("id");
        assertThat(engineTasks).as("the engine and /api agree on the unit's tasks")
                .containsExactlyInAnyOrderElementsOf(call(unitStaff, HttpMethod.GET, "/api/tasks", null).getBody()
                        .path("content").findValuesAsText("id"));
        assertThat(call(KeycloakServer.token("unit-staff-2"), HttpMethod.GET, "/engine-rest/task", null).getBody()
                .findValuesAsText("id")).doesNotContainAnyElementsOf(engineTasks);
        assertThat(call(unitStaff, HttpMethod.GET, "/api/session", null).getBody().path("name").asText())
                .as("names surname first, no space").isEqualTo("王晓");
        assertThat(call(KeycloakServer.token("admin"), HttpMethod.GET, "/engine-rest/authorization/count", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusalsOfTheMatrix() throws Exception {
        String task = taskOf(SEED_000);
        String manager = KeycloakServer.token("manager");
        assertThat(call(manager, HttpMethod.POST, "/api/tasks/" + task + "/complete", Map.of("decision", "SUBMIT"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(manager, HttpMethod.POST, "/engine-rest/task/" + task + "/complete", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String otherUnit = KeycloakServer.token("unit-staff-2");
        assertThat(call(otherUnit, HttpMethod.POST, "/api/tasks/" + task + "/complete", Map.of("decision", "SUBMIT"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call(otherUnit, HttpMethod.POST, "/engine-rest/task/" + task + "/complete", Map.of())
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(call(null, HttpMethod.GET, "/api/tasks", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call(null, HttpMethod.GET, "/engine-rest/task", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    @Test
    void forgedTokensAreRefused() throws Exception {
        String genuine = KeycloakServer.token("unit-staff-2");
        assertThat(call(genuine, HttpMethod.GET, "/api/tasks", null).getStatusCode()).isEqualTo(HttpStatus.OK);

        String[] parts = genuine.split("\\.");
        ObjectNode claims = (ObjectNode) json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.putArray("groups").add("org-JS-CZT").add("reviewer");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.writeValueAsBytes(claims)) + "." + parts[2];
        assertThat(call(tampered, HttpMethod.GET, "/api/tasks", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        String kid = SignedJWT.parse(genuine).getHeader().getKeyID();
        RSAKey foreignKey = new RSAKeyGenerator(2048).keyID(kid).generate();
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                JWTClaimsSet.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)));
        foreign.sign(new RSASSASigner(foreignKey));
        assertThat(call(foreign.serialize(), HttpMethod.GET, "/api/tasks", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void expiredTokensAreRefused() throws Exception {
        KeycloakServer.setAppClientAttribute("access.token.lifespan", "1");
        String shortLived;
        try {
            shortLived = KeycloakServer.token("unit-staff");
        } finally {
            KeycloakServer.setAppClientAttribute("access.token.lifespan", "300");
        }
        Instant expiry = SignedJWT.parse(shortLived).getJWTClaimsSet().getExpirationTime().toInstant();
        // Spring's resource server tolerates 60 s of clock skew
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry.plusSeconds(62)).toMillis()));
        assertThat(call(shortLived, HttpMethod.GET, "/api/tasks", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void reviewerLogsInOnKeycloakApprovesInTheTasklistAndLogsOut() throws Exception {
        String unitStaff = KeycloakServer.token("unit-staff");
        long targetId = idOf(SEED_000);
        String businessKey = row(SEED_000).path("code").asText() + "-" + row(SEED_000).path("budgetYear").asInt();
        assertThat(call(unitStaff, HttpMethod.POST, "/api/targets/" + targetId + "/submit",
                Map.of("comment", "请审核")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(unitStaff, HttpMethod.GET, "/api/targets/" + targetId + "/history", null).getBody()
                .findValuesAsText("deciderName")).as("the history names people surname first").contains("王晓")
                .doesNotContain("王晓王", "晓王", "晓 王");
        String review = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("departmentReview").singleResult().getId();

        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(BASE + "/oauth2/authorization/keycloak");
                browser.visible(By.id("username")).sendKeys("dept-reviewer");
                browser.driver.findElement(By.id("password")).sendKeys("demo");
                assertThat(browser.driver.getCurrentUrl()).startsWith(KeycloakServer.REALM);
                browser.click(By.id("kc-login"));
                browser.wait.until(driver -> driver.getCurrentUrl().startsWith(BASE));

                browser.driver.get(BASE + "/api/tasks");
                assertThat(browser.driver.getPageSource()).contains(review).contains("DEPARTMENT_REVIEW")
                        .doesNotContain("\"step\":\"PREPARE\"");

                TasklistPage tasklist = new TasklistPage(browser, BASE);
                assertThat(tasklist.myTaskNames(1)).as("the department's review tasks, nothing else")
                        .allMatch(name -> name.startsWith("主管部门审核｜"));
                tasklist.openAndClaim(review, "联络与合作工作专项经费");
                tasklist.decide("审核通过");
                tasklist.fill("审核意见", "同意");
                tasklist.complete();
                browser.wait.until(driver -> tasks.createTaskQuery().taskId(review).count() == 0);

                browser.driver.get(BASE + "/camunda/app/admin/default/");
                assertThat(browser.visible(By.id("title")).getText()).as("only camunda-admin reaches Admin")
                        .isEqualTo("无权访问");
                assertThat(browser.driver.getPageSource()).doesNotContain("Whitelabel");

                browser.driver.get(BASE + "/logout");
                browser.wait.until(driver -> !driver.getCurrentUrl().startsWith(KeycloakServer.URL + "/realms")
                        || driver.findElements(By.id("username")).size() > 0);
                browser.driver.get(BASE + "/camunda/app/tasklist/default/");
                assertThat(browser.visible(By.id("username")).isDisplayed()).as("logged out: Keycloak asks again")
                        .isTrue();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("keycloak-login");
                throw e;
            }
        }
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("financeReview").count()).isEqualTo(1);
    }

    @Test
    void theTasklistNamesThePersonSurnameFirstAndItsOwnLogOutEndsTheKeycloakSession() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                TasklistPage tasklist = logInAtKeycloak(browser, "unit-staff");
                WebElement header = browser.visible(By.cssSelector("li.account .dropdown-toggle"));
                browser.wait.until(driver -> !header.getText().isBlank());
                assertThat(header.getText()).as("the Tasklist's header: 王晓, as on the embedded default")
                        .isEqualToIgnoringWhitespace("王晓");
                Object session = ((JavascriptExecutor) browser.driver).executeScript("const request = new XMLHttpRequest();"
                        + "request.open('GET', '/api/session', false); request.send(); return request.responseText;");
                assertThat(json.readTree((String) session).path("name").asText()).as("/api/session in the same browser")
                        .isEqualTo("王晓");
                tasklist.logOut();
                assertThat(keycloakLoginForm(browser).isDisplayed()).as("straight to Keycloak's login").isTrue();
                browser.driver.get(BASE + "/camunda/app/tasklist/default/");
                assertThat(keycloakLoginForm(browser).isDisplayed()).as("reopened: Keycloak asks again").isTrue();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("keycloak-tasklist-logout");
                throw e;
            }
        }
    }

    @Test
    void theDashboardSitsBehindKeycloaksLoginAndShowsTheManagerTheirFigures() {
        TestRestTemplate anonymous = rest.withRedirects(Redirects.DONT_FOLLOW);
        HttpHeaders page = new HttpHeaders();
        page.setAccept(MediaType.parseMediaTypes("text/html,*/*;q=0.8"));
        ResponseEntity<String> unknown = anonymous.exchange("/dashboard/", HttpMethod.GET, new HttpEntity<>(page),
                String.class);
        assertThat(unknown.getStatusCode().is3xxRedirection()).as("not served without a login").isTrue();
        assertThat(unknown.getHeaders().getLocation()).hasPath("/oauth2/authorization/keycloak");

        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(BASE + "/dashboard/");
                submitKeycloakLogin(browser, "manager", "demo");
                browser.wait.until(driver -> driver.getCurrentUrl().startsWith(BASE + "/dashboard/"));
                browser.wait.until(driver -> driver.findElement(By.cssSelector("[data-session]")).getText()
                        .contains("刘强"));
                browser.wait.until(driver -> driver.findElements(By.cssSelector("#stages li[data-stage]")).size() == 10);
                browser.screenshot("keycloak-dashboard");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("keycloak-dashboard-failure");
                throw e;
            }
        }
    }

    @Test
    void aLogOutRequestWithoutTheWebappsTokenLeavesTheKeycloakSession() {
        try (Browser browser = new Browser()) {
            try {
                logInAtKeycloak(browser, "unit-staff");
                // what another site could make the browser send: no X-XSRF-TOKEN (Camunda then drops its own session)
                Object status = ((JavascriptExecutor) browser.driver).executeScript("const request = new XMLHttpRequest();"
                        + "request.open('POST', '/camunda/api/admin/auth/user/default/logout', false);"
                        + "request.send(); return request.status;");
                assertThat(status).as("refused by Camunda's CSRF check").isEqualTo(403L);
                browser.driver.get(BASE + "/camunda/app/tasklist/default/");
                assertThat(browser.visible(By.cssSelector("li.account .dropdown-toggle")).isDisplayed())
                        .as("back in the Tasklist without a password: Keycloak's session went on").isTrue();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("keycloak-forged-logout");
                throw e;
            }
        }
    }

    @Test
    void aLockedAccountIsToldSoInChinese() throws Exception {
        String user = "unit-staff-2";
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(BASE + "/camunda/app/tasklist/default/");
                for (int failure = 1; failure <= 3; failure++) {
                    submitKeycloakLogin(browser, user, "wrong-" + failure);
                }
                submitKeycloakLogin(browser, user, "demo");
                browser.wait.until(driver -> driver.getPageSource().contains(LOCKED));
                assertThat(browser.driver.getCurrentUrl()).startsWith(KeycloakServer.REALM);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("keycloak-locked");
                throw e;
            } finally {
                KeycloakServer.clearLockout(user);
            }
        }
    }

    @Test
    void noEnglishLoginPageOfSpringsAFailedReturnIsAChinesePage() {
        TestRestTemplate browser = rest.withRedirects(Redirects.DONT_FOLLOW);
        HttpHeaders page = new HttpHeaders();
        page.setAccept(MediaType.parseMediaTypes("text/html,*/*;q=0.8"));
        ResponseEntity<String> login = browser.exchange("/login", HttpMethod.GET, new HttpEntity<>(page), String.class);
        assertThat(login.getHeaders().getLocation()).hasPath("/oauth2/authorization/keycloak");

        ResponseEntity<String> failed = browser.exchange("/login/oauth2/code/keycloak?code=forged&state=forged",
                HttpMethod.GET, new HttpEntity<>(page), String.class);
        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(failed.getBody()).contains("<h2 id=\"title\">未登录</h2>").doesNotContain("OAuth 2.0");
    }

    private TasklistPage logInAtKeycloak(Browser browser, String user) {
        browser.driver.get(BASE + "/camunda/app/tasklist/default/");
        submitKeycloakLogin(browser, user, "demo");
        browser.wait.until(driver -> driver.getCurrentUrl().startsWith(BASE));
        browser.visible(By.cssSelector("li.account .dropdown-toggle"));
        return new TasklistPage(browser, BASE);
    }

    private static void submitKeycloakLogin(Browser browser, String user, String password) {
        WebElement name = keycloakLoginForm(browser);
        name.clear();
        name.sendKeys(user);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        WebElement submit = browser.driver.findElement(By.id("kc-login"));
        browser.click(By.id("kc-login"));
        browser.wait.until(ExpectedConditions.stalenessOf(submit));
    }

    private static WebElement keycloakLoginForm(Browser browser) {
        browser.wait.until(driver -> driver.getCurrentUrl().startsWith(KeycloakServer.REALM));
        return browser.visible(By.id("username"));
    }

    private List<String> codes(String user) throws Exception {
        return call(KeycloakServer.token(user), HttpMethod.GET, "/api/targets?size=200", null).getBody()
                .path("content").findValuesAsText("code");
    }

    private long idOf(String code) throws Exception {
        return row(code).path("id").asLong();
    }

    private JsonNode row(String code) throws Exception {
        for (JsonNode row : call(KeycloakServer.token("manager"), HttpMethod.GET, "/api/targets?size=200", null)
                .getBody().path("content")) {
            if (row.path("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("demo table not loaded: " + code);
    }

    private String taskOf(String code) throws Exception {
        JsonNode row = row(code);
        return tasks.createTaskQuery().processInstanceBusinessKey(code + "-" + row.path("budgetYear").asInt())
                .singleResult().getId();
    }

    private ResponseEntity<JsonNode> call(String token, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
