package org.budgetperf.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the test run a fresh schema on the PostgreSQL server at 127.0.0.1:5432 (database {@code test}).
 * Where that server cannot be reached, the run falls back to an in-memory H2 database with a warning,
 * unless {@code REQUIRE_POSTGRES=true} (as in CI), where it fails instead.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String HOST = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    public static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":5432/test";
    public static final String USER = System.getenv().getOrDefault("PGUSER", "postgres");
    /** A second checkout can run its tests beside this one by choosing another schema. */
    public static final String SCHEMA = System.getenv().getOrDefault("BUDGETPERF_TEST_SCHEMA", "budgetperf_test");

    private static Boolean reachable;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (isPostgresReachable()) {
            recreateSchema(SCHEMA);
            settings(SCHEMA).forEach(System::setProperty);
        } else if ("true".equals(System.getenv("REQUIRE_POSTGRES"))) {
            throw new IllegalStateException("PostgreSQL at " + ADMIN_URL + " is required but not reachable");
        } else {
            System.err.println("WARNING: PostgreSQL at " + ADMIN_URL + " is not reachable; tests use in-memory H2");
            System.setProperty("spring.datasource.url", "jdbc:h2:mem:budgetperf;DB_CLOSE_DELAY=-1");
        }
    }

    /** The application's datasource and engine settings for a schema of the test database. */
    public static Map<String, String> settings(String schema) {
        return Map.of("spring.datasource.url", ADMIN_URL + "?currentSchema=" + schema,
                "spring.datasource.username", USER,
                "spring.datasource.password", "",
                "camunda.bpm.database.schema-name", schema,
                "camunda.bpm.database.table-prefix", schema + ".");
    }

    public static synchronized boolean isPostgresReachable() {
        if (reachable == null) {
            try (Connection ignored = DriverManager.getConnection(ADMIN_URL, USER, "")) {
                reachable = true;
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    public static void recreateSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare schema " + schema + " on " + ADMIN_URL, e);
        }
    }
}
