package org.budgetperf.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.budgetperf.excel.TestWorkbooks;
import org.budgetperf.support.ApplicationProcess;
import org.budgetperf.support.BasicAuthApi;
import org.budgetperf.support.BasicAuthApi.Answer;
import org.budgetperf.support.TestDatabase;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the API acknowledged survives a SIGKILL of the application, sent the moment the answer arrives: a review
 * decision (200) with the table's status and the next task, and an Excel import (201). The application runs as a
 * child process with the demo data, on the embedded default's H2 file database (its default URL, in a temporary
 * working directory) and on PostgreSQL.
 */
class KillKeepsAcknowledgedWorkTest {

    private static final String SEED_000 = "JS-HSZH-LLHZ-2023-01";

    @Test
    void onTheEmbeddedDefaultH2(@TempDir Path workDir) {
        survivesKills(workDir, List.of("--spring.profiles.active=demo"));
    }

    @Test
    void onPostgres(@TempDir Path workDir) {
        assumeTrue(TestDatabase.isPostgresReachable(), "PostgreSQL at " + TestDatabase.ADMIN_URL + " is not reachable");
        String schema = TestDatabase.SCHEMA + "_kill";
        TestDatabase.recreateSchema(schema);
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--budgetperf.demo.allow-outside-embedded=true"));
        TestDatabase.settings(schema).forEach((key, value) -> arguments.add("--" + key + "=" + value));
        survivesKills(workDir, arguments);
    }

    private static void survivesKills(Path workDir, List<String> arguments) {
        long targetId;
        try (ApplicationProcess first = ApplicationProcess.start(workDir, arguments)) {
            BasicAuthApi api = new BasicAuthApi(first.baseUrl());
            targetId = demoTable(api);
            assertThat(api.post("unit-staff", "/api/targets/" + targetId + "/submit", Map.of("comment", "请审核"))
                    .status()).isEqualTo(200);
            String review = taskFor(api, "dept-reviewer", targetId).path("id").asText();
            Answer approved = api.post("dept-reviewer", "/api/tasks/" + review + "/complete",
                    Map.of("decision", "APPROVE", "comment", "同意，报财政部门审核"));
            int exit = first.kill();
            assertThat(approved.status()).as("the review's completion").isEqualTo(200);
            assertThat(exit).as("exit status of a SIGKILL").isEqualTo(ApplicationProcess.KILLED_BY_SIGKILL);
        }

        long importedId;
        String importedCode = TestTargets.uniqueCode();
        try (ApplicationProcess second = ApplicationProcess.start(workDir, arguments)) {
            BasicAuthApi api = new BasicAuthApi(second.baseUrl());
            assertThat(api.get("unit-staff", "/api/targets/" + targetId + "/history").body())
                    .as("the table's history after the kill\n%s", second.logTail())
                    .extracting(decision -> decision.path("user").asText() + ":" + decision.path("decision").asText())
                    .containsExactly("unit-staff:SUBMIT", "dept-reviewer:APPROVE");
            assertThat(api.get("unit-staff", "/api/targets/" + targetId).body().path("status").asText())
                    .isEqualTo("FINANCE_REVIEW");
            assertThat(taskFor(api, "finance-reviewer", targetId).path("step").asText()).isEqualTo("FINANCE_REVIEW");

            Answer imported = api.upload("unit-staff", "/api/imports", "绩效目标.xlsx",
                    TestWorkbooks.otherLayout(importedCode, "江苏省红十字会联络与合作中心"));
            int exit = second.kill();
            assertThat(imported.status()).as("the import: %s", imported.body()).isEqualTo(201);
            assertThat(exit).as("exit status of a SIGKILL").isEqualTo(ApplicationProcess.KILLED_BY_SIGKILL);
            importedId = imported.body().path("tables").get(0).path("targetId").asLong();
        }

        try (ApplicationProcess third = ApplicationProcess.start(workDir, arguments)) {
            Answer table = new BasicAuthApi(third.baseUrl()).get("unit-staff", "/api/targets/" + importedId);
            assertThat(table.status()).as("the imported table after the kill\n%s", third.logTail()).isEqualTo(200);
            assertThat(table.body().path("code").asText()).isEqualTo(importedCode);
            assertThat(table.body().path("indicators")).hasSize(4);
        }
    }

    private static long demoTable(BasicAuthApi api) {
        return elements(api.get("unit-staff", "/api/targets?size=100").body().path("content"))
                .filter(table -> table.path("code").asText().equals(SEED_000))
                .findFirst().orElseThrow(() -> new AssertionError("demo table " + SEED_000 + " not loaded"))
                .path("id").asLong();
    }

    private static JsonNode taskFor(BasicAuthApi api, String user, long targetId) {
        return elements(api.get(user, "/api/tasks?size=100").body().path("content"))
                .filter(task -> task.path("targetId").asLong() == targetId)
                .findFirst().orElseThrow(() -> new AssertionError(user + " has no task for table " + targetId));
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
