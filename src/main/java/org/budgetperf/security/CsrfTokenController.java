package org.budgetperf.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSRF token of a browser session, for pages that call {@code /api} with that session (the keycloak
 * profile's login). Where the API takes HTTP Basic only (the embedded default), there is none: 204.
 */
@RestController
@Tag(name = "登录会话", description = "浏览器会话调用接口所需的 CSRF 令牌")
class CsrfTokenController {

    record CsrfTokenView(String headerName, String token) {
    }

    @Operation(summary = "当前登录会话的 CSRF 令牌：会话中的 POST/PUT 请求须在 headerName 请求头中带上它（无需时返回 204）")
    @GetMapping("/api/csrf")
    ResponseEntity<CsrfTokenView> csrf(CsrfToken token) {
        return token == null ? ResponseEntity.noContent().build()
                : ResponseEntity.ok(new CsrfTokenView(token.getHeaderName(), token.getToken()));
    }
}
