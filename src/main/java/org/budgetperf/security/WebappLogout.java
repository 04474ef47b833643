package org.budgetperf.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Camunda webapps' own 「Log out」: {@code POST /camunda/api/admin/auth/user/<engine>/logout}, carrying the webapps'
 * CSRF token as Camunda itself demands (a request without it is left to Camunda, which refuses it).
 */
final class WebappLogout {

    private static final RequestMatcher POST = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/logout");

    private WebappLogout() {
    }

    static RequestMatcher request() {
        return request -> POST.matches(request) && carriesTheWebappsCsrfToken(request);
    }

    private static boolean carriesTheWebappsCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        Object held = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return sent != null && held instanceof String token
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
