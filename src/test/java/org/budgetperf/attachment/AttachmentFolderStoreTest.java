package org.budgetperf.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetperf.support.BasicAuthApi;
import org.budgetperf.support.BasicAuthApi.Answer;
import org.budgetperf.support.SeparateApplication;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code budgetperf.attachments.store=folder} a file lands in the configured folder under a generated name (not
 * in act_ge_bytearray), whatever name it was uploaded under, downloads the same, and is gone again when its
 * transaction rolls back; the size limit holds to the byte ({@code max-size: 64KB} here).
 */
class AttachmentFolderStoreTest {

    private static final int MAX = 64 * 1024;

    @TempDir
    Path root;

    @Test
    void filesLandInTheFolderUnderGeneratedNamesAndLeaveWithARollback() throws IOException {
        Path folder = root.resolve("store").resolve("attachments");
        try (ConfigurableApplicationContext app = SeparateApplication.start("attachfolder",
                SeparateApplication.h2("jdbc:h2:mem:attach-folder;DB_CLOSE_DELAY=-1"), "--spring.profiles.active=demo",
                "--budgetperf.attachments.store=folder", "--budgetperf.attachments.folder=" + folder,
                "--budgetperf.attachments.max-size=64KB")) {
            BasicAuthApi api = new BasicAuthApi("http://localhost:"
                    + app.getEnvironment().getProperty("local.server.port"));
            long target = api.post("unit-staff", "/api/targets", TestTargets.project(TestTargets.JS_UNIT)).body()
                    .path("id").asLong();
            assertThat(api.post("unit-staff", "/api/targets/" + target + "/submit", Map.of()).status())
                    .isEqualTo(200);
            String review = AttachmentApiTest.taskOf(api, "dept-reviewer", target, "DEPARTMENT_REVIEW");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            int byteArrays = jdbc.queryForObject("select count(*) from act_ge_bytearray", Integer.class);

            byte[] pdf = SampleFiles.pdf(MAX);
            Answer stored = api.upload("dept-reviewer", "/api/tasks/" + review + "/attachments", "../../evil.pdf",
                    pdf);
            assertThat(stored.status()).as(stored.body().toString()).isEqualTo(201);
            assertThat(stored.body().path("name").asText()).isEqualTo("evil.pdf");
            List<Path> files = filesIn(folder);
            assertThat(files).singleElement().satisfies(file -> {
                assertThat(file.getFileName().toString()).matches("[0-9a-f-]{36}\\.pdf");
                assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
            });
            assertThat(filesIn(root)).containsExactlyElementsOf(files);
            assertThat(jdbc.queryForObject("select count(*) from act_ge_bytearray", Integer.class))
                    .isEqualTo(byteArrays);
            String id = stored.body().path("id").asText();
            assertThat(app.getBean(TaskService.class).getAttachment(id).getUrl())
                    .isEqualTo(files.get(0).getFileName().toString());
            HttpResponse<byte[]> download = api.download("unit-staff", "/api/attachments/" + id);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(pdf);
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("evil.pdf");

            TaskAttachments attachments = app.getBean(TaskAttachments.class);
            new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
                attachments.attach(review, "回滚.pdf", SampleFiles.pdf(100), null, TestTargets.user("dept-reviewer"));
                assertThat(filesIn(folder)).hasSize(2);
                status.setRollbackOnly();
            });
            assertThat(filesIn(root)).containsExactlyElementsOf(files);

            Answer over = api.upload("dept-reviewer", "/api/tasks/" + review + "/attachments", "过大.pdf",
                    SampleFiles.pdf(MAX + 1));
            assertThat(over.status()).isEqualTo(413);
            assertThat(over.body().path("message").asText()).contains("65,537 字节").contains("65,536 字节");
            assertThat(api.upload("dept-reviewer", "/api/tasks/" + review + "/attachments", "程序.pdf",
                    SampleFiles.exe()).status()).isEqualTo(415);
            assertThat(filesIn(root)).containsExactlyElementsOf(files);
            assertThat(api.get("unit-staff", "/api/targets/" + target + "/attachments").body()).hasSize(1);
        }
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
