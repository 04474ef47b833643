package org.budgetperf.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetperf.BudgetPerformanceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application started in the test JVM beside the shared test context, on a database of its own. */
public final class SeparateApplication {

    private SeparateApplication() {
    }

    /** Settings for an H2 database: the engine's tables without the test database's schema. */
    public static Map<String, String> h2(String url) {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", "sa",
                "spring.datasource.password", "", "camunda.bpm.database.schema-name", "",
                "camunda.bpm.database.table-prefix", "");
    }

    /**
     * Its own engine name, so that the shared test context's "default" engine stays registered; no Camunda webapps
     * (their engine API keeps static state that a second, then closed, application left pointing at its closed
     * engine: the shared context's Tasklist engine API then answered 500); no JMX, a random port and the job
     * executor off.
     */
    public static ConfigurableApplicationContext start(String engineName, Map<String, String> database,
                                                       String... arguments) {
        // Camunda's starter ignores a name with a hyphen and calls the engine "default": closing it then unregistered
        // the shared context's engine, and /engine-rest answered "No process engine available" to the tests after.
        if (!engineName.matches("[a-zA-Z0-9_]+") || engineName.equals("default")) {
            throw new IllegalArgumentException("an engine name of letters and digits other than default: " + engineName);
        }
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.process-engine-name=" + engineName, "--spring.jmx.enabled=false",
                "--camunda.bpm.webapp.enabled=false"));
        database.forEach((key, value) -> all.add("--" + key + "=" + value));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(BudgetPerformanceApplication.class).run(all.toArray(String[]::new));
    }
}
