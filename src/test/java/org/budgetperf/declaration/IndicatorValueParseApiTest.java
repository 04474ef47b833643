package org.budgetperf.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.budgetperf.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/indicator-values/parse}: the system's reading of a value as the editor shows it, and its refusals. */
@IntegrationTest
class IndicatorValueParseApiTest {

    private static final String PATH = "/api/indicator-values/parse";

    @Autowired
    TestRestTemplate rest;

    @Test
    void readsAValueAsTheTableWouldShowIt() {
        JsonNode reading = parse("unit-staff", "≥90%").getBody();
        assertThat(reading.path("raw").asText()).isEqualTo("≥90%");
        assertThat(reading.path("kind").asText()).isEqualTo("COMPARISON");
        assertThat(reading.path("description").asText()).isEqualTo("≥ 90 %");

        assertThat(parse("unit-staff", "2024年10月底完成").getBody().path("description").asText())
                .isEqualTo("截止：2024年10月底");
        assertThat(parse("unit-staff", "规范").getBody().path("description").asText()).isEqualTo("定性：规范");
        assertThat(parse("unit-staff", "").getBody().path("description").asText()).isEqualTo("（空）");
    }

    @Test
    void readsThePublishedGrammarWithTheConfiguredGradeTerms() {
        JsonNode baseline = parse("unit-staff", "较2022年增长10%").getBody();
        assertThat(baseline.path("kind").asText()).isEqualTo("BASELINE");
        assertThat(baseline.path("year").asInt()).isEqualTo(2022);
        assertThat(baseline.path("comparatorSymbol").asText()).isEqualTo("≥");
        assertThat(baseline.path("direction").asText()).isEqualTo("HIGHER_IS_BETTER");

        JsonNode absence = parse("unit-staff", "无重大安全事故").getBody();
        assertThat(absence.path("kind").asText()).isEqualTo("ABSENCE");
        assertThat(absence.path("direction").asText()).isEqualTo("LOWER_IS_BETTER");
        assertThat(absence.path("number").decimalValue()).isEqualByComparingTo("0");

        assertThat(parse("unit-staff", "及时(6月底前)").getBody().path("note").asText()).isEqualTo("6月底前");
        assertThat(parse("unit-staff", "数据可追溯").getBody().path("kind").asText())
                .as("budgetperf.indicator.grade-terms of application-test.yaml").isEqualTo("QUALITATIVE");
    }

    @Test
    void aValueLongerThanAnIndicatorMayHoldIsRefusedInChinese() {
        assertThat(parse("unit-staff", "很".repeat(1000)).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> tooLong = parse("unit-staff", "很".repeat(1001));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().path("message").asText()).isEqualTo("指标值最长1000字，提交了 1001 字");
        assertThat(tooLong.getBody().path("errors").get(0).path("field").asText()).isEqualTo("text");
    }

    @Test
    void withoutTextOrLoginNothingIsRead() {
        ResponseEntity<JsonNode> missing = rest.withBasicAuth("unit-staff", "demo").postForEntity(PATH, Map.of(),
                JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().path("message").asText()).isEqualTo("请提供要解析的指标值（text）");
        assertThat(rest.postForEntity(PATH, Map.of("text", "≥90%"), JsonNode.class).getStatusCode())
                .as("neither a session with its CSRF token nor a password: refused before anything is read")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<JsonNode> parse(String user, String text) {
        return rest.withBasicAuth(user, "demo").postForEntity(PATH, Map.of("text", text), JsonNode.class);
    }
}
