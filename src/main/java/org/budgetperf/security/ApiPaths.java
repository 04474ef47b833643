package org.budgetperf.security;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** {@code /api} and {@code /engine-rest}; path matchers because the engine REST is Jersey, outside Spring MVC. */
final class ApiPaths {

    private ApiPaths() {
    }

    static RequestMatcher matcher() {
        return new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"));
    }
}
