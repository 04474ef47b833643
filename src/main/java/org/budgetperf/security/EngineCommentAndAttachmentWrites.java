package org.budgetperf.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.budgetperf.approval.CommentsAndAttachmentsThroughApi;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Comments and attachments are added, changed and deleted through {@code /api} only: in both profiles, the engine's
 * doors ({@code /engine-rest}, the Tasklist's {@code /camunda/api/engine}) answer such requests with 403 and where
 * to go instead. The process engine refuses the commands themselves whatever path reaches it
 * ({@link CommentsAndAttachmentsThroughApi}); the engine REST would report that refusal as "400 Not enough
 * parameters submitted", hence this answer in front of it, after the login filters.
 */
@Configuration
public class EngineCommentAndAttachmentWrites {

    private static final List<String> ENGINES = List.of("/engine-rest", "/camunda/api/engine/engine/*");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineCommentAndAttachmentWritesFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(refusal(writes()));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    static RequestMatcher writes() {
        List<RequestMatcher> matchers = ENGINES.stream().flatMap(engine -> List.of(
                matcher(HttpMethod.POST, engine + "/task/*/comment/**"),
                matcher(HttpMethod.PUT, engine + "/task/*/comment/**"),
                matcher(HttpMethod.DELETE, engine + "/task/*/comment/**"),
                matcher(HttpMethod.POST, engine + "/task/*/attachment/**"),
                matcher(HttpMethod.PUT, engine + "/task/*/attachment/**"),
                matcher(HttpMethod.DELETE, engine + "/task/*/attachment/**"),
                matcher(HttpMethod.PUT, engine + "/process-instance/*/comment/**"),
                matcher(HttpMethod.DELETE, engine + "/process-instance/*/comment/**")).stream()).toList();
        return new OrRequestMatcher(matchers);
    }

    private static RequestMatcher matcher(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    private static OncePerRequestFilter refusal(RequestMatcher writes) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (writes.matches(request)) {
                    ApiSecurityErrors.write(response, HttpStatus.FORBIDDEN, CommentsAndAttachmentsThroughApi.NO_WRITES);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
