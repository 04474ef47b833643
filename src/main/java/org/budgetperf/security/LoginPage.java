package org.budgetperf.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Our login page ({@code /login/}, static) and the page it returns to: {@code ?next=}, which may only be a path on
 * this server (never {@code //elsewhere} or {@code https://elsewhere}); the Tasklist where there is none.
 */
final class LoginPage {

    static final String PATH = "/login/";
    static final String NEXT = "next";
    static final String TASKLIST = "/camunda/app/tasklist/default/";

    private LoginPage() {
    }

    /** Sends a browser that is not logged in to the login page, which brings it back to the page it asked for. */
    static AuthenticationEntryPoint redirect() {
        return (request, response, e) -> response.sendRedirect(withNext(PATH, requested(request)));
    }

    /** After a login: the page the login page was asked to return to. */
    static AuthenticationSuccessHandler returnToNext() {
        return (request, response, authentication) -> response.sendRedirect(next(request));
    }

    /** After a refused login: the login page again, with its message and the same page to return to. */
    static AuthenticationFailureHandler tryAgain() {
        return (request, response, e) -> response.sendRedirect(withNext(PATH + "?error", next(request)));
    }

    static String next(HttpServletRequest request) {
        String next = request.getParameter(NEXT);
        return isLocalPath(next) ? next : TASKLIST;
    }

    static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(Character::isISOControl);
    }

    private static String requested(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String withNext(String page, String next) {
        return page + (page.contains("?") ? "&" : "?") + NEXT + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
}
