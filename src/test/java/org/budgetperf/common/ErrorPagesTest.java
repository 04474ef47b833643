package org.budgetperf.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.List;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A browser that is refused or asks for a missing page gets a Chinese page in our style, never Spring's English
 * Whitelabel page; API callers keep their JSON errors.
 */
@IntegrationTest
class ErrorPagesTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void aManagerOpeningCamundaAdminIsRefusedInChinese() {
        ResponseEntity<String> admin = asBrowser(WebappSession.login(rest, "manager", "tasklist"), "/camunda/app/admin/default/");
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertPage(admin, "无权访问");
        assertThat(admin.getBody()).contains("您的账号没有使用这个页面的权限", "href=\"/logout\">退出登录");
    }

    @Test
    void aMissingPageIsAChinesePage() {
        ResponseEntity<String> missing = asBrowser(WebappSession.login(rest, "unit-staff", "tasklist"), "/no-such-page");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertPage(missing, "页面不存在");
        assertThat(missing.getBody()).contains("请求的地址不存在：/no-such-page");
    }

    @Test
    void theApiAnswersScriptsInJson() {
        WebappSession session = WebappSession.login(rest, "unit-staff", "tasklist");
        HttpHeaders script = new HttpHeaders();
        script.setAccept(List.of(MediaType.ALL));
        ResponseEntity<String> missing = session.send(HttpMethod.GET, "/api/no-such-thing", script, null);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(missing.getBody()).contains("\"message\":\"请求的地址不存在：/api/no-such-thing\"");
    }

    @Test
    void aServerErrorIsAChinesePageWithItsMessageEscaped() {
        MockHttpServletRequest failed = new MockHttpServletRequest("GET", "/error");
        failed.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        failed.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/excel/<script>");
        ResponseEntity<String> page = new ErrorPageController().page(failed);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertPage(page, "服务器内部错误");
        assertThat(page.getBody()).contains("请稍后重试", "错误代码 500");

        failed.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
        assertThat(new ErrorPageController().page(failed).getBody()).contains("/excel/&lt;script&gt;")
                .doesNotContain("<script>");
    }

    private static ResponseEntity<String> asBrowser(WebappSession session, String path) {
        HttpHeaders page = new HttpHeaders();
        page.setAccept(MediaType.parseMediaTypes("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        page.set("Sec-Fetch-Mode", "navigate");
        return session.send(HttpMethod.GET, path, page, null);
    }

    private static void assertPage(ResponseEntity<String> page, String title) {
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("<h2 id=\"title\">" + title + "</h2>", "<html lang=\"zh-CN\">")
                .doesNotContain("Whitelabel", "{{");
    }
}
