package org.budgetperf.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSRF token of a browser session, for pages that call {@code /api} with that session and for the login page's
 * form. Requests with HTTP Basic credentials or a bearer token need none.
 */
@RestController
@Tag(name = "登录会话", description = "当前登录的人员，浏览器会话调用接口所需的 CSRF 令牌")
class CsrfTokenController {

    record CsrfTokenView(String headerName, String parameterName, String token) {
    }

    @Operation(summary = "当前会话的 CSRF 令牌：会话中的 POST/PUT/DELETE 请求须在 headerName 请求头（表单则在 parameterName 字段）中带上它")
    @GetMapping("/api/csrf")
    CsrfTokenView csrf(CsrfToken token) {
        return new CsrfTokenView(token.getHeaderName(), token.getParameterName(), token.getToken());
    }
}
