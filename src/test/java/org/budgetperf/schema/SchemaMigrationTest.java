package org.budgetperf.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.budgetperf.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The versioned migrations install on a fresh H2 and a fresh PostgreSQL schema, upgrade one holding data, and
 * generate for Oracle.
 */
class SchemaMigrationTest {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    /** The change sets of 001 and 002, before ids moved to sequences. */
    private static final int BEFORE_SEQUENCES = 5;
    private static final List<String> TABLES = List.of("pt_organization", "pt_target", "pt_fund_line", "pt_indicator",
            "pt_duty_goal", "pt_target_version", "pt_approval_decision", "pt_notification", "pt_notification_read",
            "pt_evaluation", "pt_evaluation_budget", "pt_evaluation_result", "pt_evaluation_grade", "pt_monitoring",
            "pt_monitoring_indicator", "pt_monitoring_fund");

    @Test
    void installsOnH2() throws Exception {
        inH2(connection -> {
            migrate(connection, null);
            assertThat(tables(connection, "PUBLIC")).containsAll(TABLES);
        });
    }

    @Test
    void installsOnPostgresql() throws Exception {
        inPostgresql("budgetperf_migration", (connection, schema) -> {
            migrate(connection, schema);
            assertThat(tables(connection, schema)).containsAll(TABLES);
            long applied = single(connection.createStatement(), "select count(*) from " + schema + ".databasechangelog");
            migrate(connection, schema);
            assertThat(single(connection.createStatement(), "select count(*) from " + schema + ".databasechangelog"))
                    .as("a second run applies nothing again").isEqualTo(applied);
            try (ResultSet type = connection.createStatement().executeQuery("select data_type from "
                    + "information_schema.columns where table_schema = '" + schema
                    + "' and table_name = 'pt_target' and column_name = 'rationale'")) {
                type.next();
                assertThat(type.getString(1)).isEqualTo("text");
            }
        });
    }

    @Test
    void upgradingAnH2DatabaseWithStoredRowsStartsTheSequencesAboveTheirIds() throws Exception {
        inH2(connection -> upgradeKeepsStoredIds(connection, null, "select next value for pt_organization_seq"));
    }

    @Test
    void upgradingAPostgresqlDatabaseWithStoredRowsStartsTheSequencesAboveTheirIds() throws Exception {
        inPostgresql("budgetperf_upgrade", (connection, schema) ->
                upgradeKeepsStoredIds(connection, schema, "select nextval('pt_organization_seq')"));
    }

    interface H2Work {
        void run(Connection connection) throws Exception;
    }

    interface SchemaWork {
        void run(Connection connection, String schema) throws Exception;
    }

    private static void inH2(H2Work work) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:migration-" + System.nanoTime(),
                "sa", "")) {
            work.run(connection);
        }
    }

    /** In a fresh PostgreSQL schema, dropped again afterwards. */
    private static void inPostgresql(String schema, SchemaWork work) throws Exception {
        assumeTrue(TestDatabase.isPostgresReachable(), "PostgreSQL at " + TestDatabase.ADMIN_URL + " not reachable");
        TestDatabase.recreateSchema(schema);
        try (Connection connection = DriverManager.getConnection(TestDatabase.ADMIN_URL + "?currentSchema=" + schema,
                TestDatabase.USER, "")) {
            work.run(connection, schema);
        } finally {
            TestDatabase.recreateSchema(schema);
        }
    }

    /** Installs 001 and 002 (identity ids), stores rows, then applies the rest: new ids come after the stored ones. */
    private static void upgradeKeepsStoredIds(Connection connection, String schema, String nextId) throws Exception {
        migrate(connection, schema, BEFORE_SEQUENCES);
        Statement sql = connection.createStatement();
        sql.execute("insert into pt_organization (code, name, org_type) values ('A', '甲', 'FINANCE'),"
                + " ('B', '乙', 'DEPARTMENT'), ('C', '丙', 'UNIT')");
        long stored = single(sql, "select max(id) from pt_organization");

        migrate(connection, schema);

        assertThat(single(sql, nextId)).isGreaterThan(stored);
        assertThatThrownBy(() -> sql.execute("insert into pt_organization (code, name, org_type) values ('D', '丁', 'UNIT')"))
                .as("the identity default is gone: ids come from the sequence only").isInstanceOf(SQLException.class);
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void generatesOracleDdl(@TempDir Path state) throws Exception {
        String offline = "offline:oracle?outputLiquibaseSql=none&changeLogFile="
                + state.resolve("databasechangelog.csv").toAbsolutePath();
        Database oracle = DatabaseFactory.getInstance().openDatabase(offline, null, null, null,
                new ClassLoaderResourceAccessor());
        ByteArrayOutputStream sql = new ByteArrayOutputStream();
        new CommandScope(UpdateSqlCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, oracle)
                .addArgumentValue(UpdateSqlCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .setOutput(new PrintStream(sql, true, StandardCharsets.UTF_8))
                .execute();
        String ddl = sql.toString(StandardCharsets.UTF_8);
        assertThat(ddl).contains("CREATE TABLE pt_target").contains("CLOB").contains("GENERATED BY DEFAULT AS IDENTITY")
                .contains("DECIMAL(20, 6)").contains("CREATE TABLE pt_evaluation_result").contains("ON DELETE SET NULL")
                .contains("CREATE SEQUENCE pt_evaluation_result_seq START WITH 1 INCREMENT BY 50")
                .contains("CREATE TABLE pt_monitoring_indicator").contains("CREATE SEQUENCE pt_monitoring_fund_seq")
                .contains("'_seq RESTART START WITH '").contains("' MODIFY id DROP IDENTITY'")
                .contains("ALTER TABLE pt_evaluation ADD total_score DECIMAL(7, 2)")
                .contains("CREATE SEQUENCE pt_evaluation_grade_seq START WITH 1 INCREMENT BY 50")
                .contains("CREATE TABLE pt_evaluation_grade");
    }

    private static void migrate(Connection connection, String schema) throws Exception {
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database(connection, schema))
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute();
    }

    /** Applies only the first {@code count} change sets. */
    private static void migrate(Connection connection, String schema, int count) throws Exception {
        new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database(connection, schema))
                .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count)
                .execute();
    }

    private static Database database(Connection connection, String schema) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        if (schema != null) {
            database.setDefaultSchemaName(schema);
        }
        return database;
    }

    private static List<String> tables(Connection connection, String schema) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, schema, "PT_%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase());
            }
        }
        try (ResultSet rows = connection.getMetaData().getTables(null, schema, "pt_%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }
}
