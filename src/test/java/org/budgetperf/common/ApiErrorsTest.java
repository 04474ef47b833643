package org.budgetperf.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.budgetperf.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What the framework refuses before a controller runs is answered in Chinese, in the API's error shape. */
@IntegrationTest
class ApiErrorsTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void aWrongContentTypeIs415() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        ResponseEntity<JsonNode> refused = exchange(HttpMethod.POST, "/api/targets", new HttpEntity<>("名称", headers));
        assertApiError(refused, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型 text/plain");
    }

    @Test
    void aWrongMethodIs405() {
        ResponseEntity<JsonNode> refused = exchange(HttpMethod.DELETE, "/api/targets", HttpEntity.EMPTY);
        assertApiError(refused, HttpStatus.METHOD_NOT_ALLOWED, "不支持 DELETE 请求");
    }

    @Test
    void anUnknownApiPathIs404() {
        ResponseEntity<JsonNode> refused = exchange(HttpMethod.GET, "/api/no-such-thing", HttpEntity.EMPTY);
        assertApiError(refused, HttpStatus.NOT_FOUND, "请求的地址不存在：/api/no-such-thing");
    }

    @Test
    void theErrorPathItselfIs404() {
        ResponseEntity<JsonNode> refused = rest.getForEntity("/error", JsonNode.class);
        assertApiError(refused, HttpStatus.NOT_FOUND, "请求的地址不存在");
    }

    @Test
    void anUploadWithoutItsFilePartNamesTheField() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("dryRun", "true");
        ResponseEntity<JsonNode> refused = upload(form);
        assertApiError(refused, HttpStatus.BAD_REQUEST, "缺少上传的文件（表单字段 file）");
        assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void anUploadOverTheServletLimitIs413InChinese() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(new byte[65 * 1024 * 1024]) {
            @Override
            public String getFilename() {
                return "大文件.xlsx";
            }
        });
        assertApiError(upload(form), HttpStatus.PAYLOAD_TOO_LARGE, "上传的内容超过上限");
    }

    private ResponseEntity<JsonNode> upload(MultiValueMap<String, Object> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return exchange(HttpMethod.POST, "/api/imports", new HttpEntity<>(form, headers));
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String url, HttpEntity<?> entity) {
        return rest.withBasicAuth("unit-staff", "demo").exchange(url, method, entity, JsonNode.class);
    }

    static void assertApiError(ResponseEntity<JsonNode> response, HttpStatus status, String message) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
        assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().path("message").asText()).contains(message);
        assertThat(response.getBody().has("timestamp")).isTrue();
        assertThat(response.getBody().path("errors").isArray()).isTrue();
    }
}
