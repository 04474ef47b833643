package org.budgetperf.demo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start with the demo data (its users log in with the password {@code demo}, {@code admin} among them)
 * anywhere but the embedded default, H2 with the embedded identity, unless {@value #ALLOWED_ELSEWHERE} says so.
 * It checks the settings before any bean exists, so that a refused start has touched neither the database nor
 * Keycloak.
 */
class DemoDataGuard implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "budgetperf.demo.enabled";
    static final String ALLOWED_ELSEWHERE = "budgetperf.demo.allow-outside-embedded";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, false)
                || environment.getProperty(ALLOWED_ELSEWHERE, Boolean.class, false)) {
            return;
        }
        List<DemoDataRefused.Reason> reasons = new ArrayList<>();
        if (environment.matchesProfiles("keycloak")) {
            reasons.add(DemoDataRefused.Reason.keycloak());
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.isBlank() && !url.startsWith("jdbc:h2:")) {
            reasons.add(DemoDataRefused.Reason.database(url));
        }
        if (!reasons.isEmpty()) {
            throw new DemoDataRefused(reasons);
        }
    }

    /** After the config data (application*.yaml and profiles) has been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
