package org.budgetperf.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.budgetperf.common.ApiErrorHandler.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 for the API in the same {@link ApiError} shape as every other API error. */
final class ApiSecurityErrors {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ApiSecurityErrors() {
    }

    /**
     * 401 with the challenge for API clients; a browser gets none, since a Basic challenge makes it ask for a password
     * in a dialog of its own instead of letting the page send the person to the login page.
     */
    static AuthenticationEntryPoint unauthorized(String challenge) {
        return (request, response, e) -> {
            if (!BrowserRequests.fromBrowser(request)) {
                response.setHeader("WWW-Authenticate", challenge);
            }
            write(response, HttpStatus.UNAUTHORIZED, "未登录或登录凭据无效");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "无权访问");
    }

    static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getWriter(), new ApiError(OffsetDateTime.now(), status.value(), message, List.of()));
    }
}
