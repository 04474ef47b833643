package org.budgetperf.common;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * What a browser sees instead of Spring's English error page when it opens a page that is refused or fails (403, 404,
 * 500 …): a Chinese page in the application's style (pages/error.html), with the way back to the Tasklist and a
 * logout. Callers that do not ask for HTML get {@link ApiErrorController}'s JSON.
 */
@Controller
public class ErrorPageController {

    private final String template;

    public ErrorPageController() {
        try {
            template = new ClassPathResource("pages/error.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(HttpServletRequest request) {
        HttpStatus status = ApiErrorController.status(request);
        String page = template.replace("{{status}}", String.valueOf(status.value()))
                .replace("{{title}}", HtmlUtils.htmlEscape(title(status)))
                .replace("{{message}}", HtmlUtils.htmlEscape(message(status, ApiErrorController.path(request))));
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page);
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "未登录";
            case FORBIDDEN -> "无权访问";
            case NOT_FOUND -> "页面不存在";
            case INTERNAL_SERVER_ERROR -> "服务器内部错误";
            default -> "请求未能处理";
        };
    }

    private static String message(HttpStatus status, String path) {
        return status == HttpStatus.FORBIDDEN
                ? "您的账号没有使用这个页面的权限。如需使用，请联系系统管理员，或退出登录后换用有权限的账号登录。"
                : ApiErrorController.message(status, path);
    }
}
