package org.budgetperf.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Tells a browser's requests from other clients' by the Fetch Metadata header every current browser sends
 * ({@code Sec-Fetch-Mode}; scripts and HTTP libraries do not).
 */
final class BrowserRequests {

    private static final String MODE = "Sec-Fetch-Mode";

    private BrowserRequests() {
    }

    static boolean fromBrowser(HttpServletRequest request) {
        return request.getHeader(MODE) != null;
    }

    /** The browser opens the address as a page (a link, the address bar), rather than a page's script calling it. */
    static boolean isNavigation(HttpServletRequest request) {
        return "navigate".equals(request.getHeader(MODE));
    }

    /** A page opened in the browser goes to {@code page}; a script's call or another client gets {@code call}. */
    static AuthenticationEntryPoint navigationTo(AuthenticationEntryPoint page, AuthenticationEntryPoint call) {
        return (request, response, e) -> (isNavigation(request) ? page : call).commence(request, response, e);
    }
}
