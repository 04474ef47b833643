package org.budgetperf.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a table request may not carry: too much, nulls, negative money, floats for years, invisible or control text. */
@IntegrationTest
class TargetInputTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void aBodyOverTheCapIs413BeforeItIsRead() {
        ObjectNode request = draft();
        request.put("rationale", "很".repeat(700_000));
        ResponseEntity<JsonNode> refused = post(request.toString());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getBody().path("status").asInt()).isEqualTo(413);
        assertThat(refused.getBody().path("message").asText()).contains("超过上限 2,097,152 字节（2.0 MB）");
        assertNotStored(request);
    }

    @Test
    void aChunkedBodyIsCutOffAtTheCap() throws IOException {
        ObjectNode request = draft();
        request.put("rationale", "很".repeat(700_000));
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/api/targets")
                .toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(8192);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("unit-staff:demo".getBytes(StandardCharsets.UTF_8)));
        try (OutputStream out = connection.getOutputStream()) {
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(connection.getResponseCode()).isEqualTo(413);
        try (InputStream body = connection.getErrorStream()) {
            assertThat(json.readTree(body).path("message").asText()).isEqualTo("请求内容超过上限 2,097,152 字节（2.0 MB）");
        }
        assertNotStored(request);
    }

    @Test
    void linesOverTheirLimitsAreRefusedNamingTheField() {
        ObjectNode request = draft();
        ArrayNode indicators = (ArrayNode) request.path("indicators");
        while (indicators.size() <= 500) {
            indicators.add(indicators.get(0).deepCopy());
        }
        ArrayNode goals = request.putArray("dutyGoals");
        for (int i = 0; i <= 200; i++) {
            goals.addObject().put("duty", "职责").put("task", "任务");
        }
        assertRefused(request, "绩效指标最多 500 行，提交了 501 行", "indicators", "dutyGoals");
    }

    @Test
    void longTextsOverTheirLimitsAreRefusedNamingTheField() {
        assertRefused(draft("annualGoal", "年".repeat(20_001), "explanation", "释".repeat(4_001)),
                "年度目标最长 20000 字，提交了 20001 字", "annualGoal", "indicators[1].explanation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"indicators", "funds", "expenditures", "dutyGoals"})
    void aNullLineIsNamed(String list) {
        ObjectNode request = draft();
        request.putArray(list).addNull();
        assertRefused(request, "不能为空", list + "[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"basicExpenditure", "projectExpenditure"})
    void negativeExpenditureIsRefused(String field) {
        ObjectNode request = draft();
        request.put(field, "-5.00");
        assertRefused(request, "不能为负数", field);
    }

    @Test
    void aYearWithDecimalsIsRefusedNotTruncated() {
        ObjectNode request = draft();
        request.put("budgetYear", 2030.5);
        assertRefused(request, "应为整数", "budgetYear");
    }

    @Test
    void anythingAfterTheObjectIsRefused() {
        ObjectNode request = draft();
        ResponseEntity<JsonNode> refused = post(request + "{\"code\":\"X\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("请求内容在 JSON 对象之后还有多余的内容");
        assertNotStored(request);
    }

    /** Stored as a draft may be, but blank to the submission's check, which names both gaps. */
    @Test
    void aNameOfInvisibleCharactersIsBlank() {
        ResponseEntity<JsonNode> created = post(draft("name", "\u200B\u200C\u200D\u2060\uFEFF\u3000", "level3",
                "\u200B").toString());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> refused = rest.withBasicAuth("unit-staff", "demo").postForEntity(
                "/api/targets/" + created.getBody().path("id").asLong() + "/submit", json.createObjectNode(),
                JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field"))
                .containsExactly("name", "indicators[1].level3");
        assertThat(refused.getBody().path("message").asText()).contains("未填写项目名称");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u007F"})
    void controlCharactersAreRefusedNamingTheField(String control) {
        ObjectNode request = draft();
        request.put("name", "测试" + control + "项目");
        String codePoint = String.format("U+%04X", (int) control.charAt(0));
        assertRefused(request, "字段 name 含有不允许的控制字符（" + codePoint + "）", "name");

        ObjectNode nested = draft();
        ((ObjectNode) nested.path("indicators").get(1)).put("description", "说明" + control);
        assertRefused(nested, codePoint, "indicators[1].description");
    }

    @Test
    void tabsAndLineBreaksAreText() {
        ObjectNode request = draft();
        request.put("rationale", "<p>第一段\t说明</p>\r\n<p>第二段</p>");
        assertThat(post(request.toString()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private void assertRefused(ObjectNode request, String message, String... fields) {
        ResponseEntity<JsonNode> refused = post(request.toString());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field")).contains(fields);
        assertThat(refused.getBody().path("message").asText()).contains(message);
        assertNotStored(request);
    }

    private void assertNotStored(ObjectNode request) {
        assertThat(jdbc.queryForObject("select count(*) from pt_target where code = ?", Integer.class,
                request.path("code").asText())).isZero();
    }

    /** A draft with one field of the table and one of its second indicator set. */
    private ObjectNode draft(String field, String value, String indicatorField, String indicatorValue) {
        ObjectNode request = draft();
        request.put(field, value);
        ((ObjectNode) request.path("indicators").get(1)).put(indicatorField, indicatorValue);
        return request;
    }

    private ObjectNode draft() {
        return json.valueToTree(TestTargets.project(TestTargets.JS_UNIT));
    }

    private ResponseEntity<JsonNode> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("unit-staff", "demo").postForEntity("/api/targets", new HttpEntity<>(body, headers),
                JsonNode.class);
    }
}
