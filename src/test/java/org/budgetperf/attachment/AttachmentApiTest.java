package org.budgetperf.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetperf.support.BasicAuthApi;
import org.budgetperf.support.BasicAuthApi.Answer;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Comments and attachments on a table's tasks over real HTTP: who may add them, who may read them, what is refused
 * (and then not stored), and that they stay in the table's history after the task is done.
 */
@IntegrationTest
class AttachmentApiTest {

    static final String NOTE = "绩效目标说明.pdf";

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    final SoftAssertions softly = new SoftAssertions();
    BasicAuthApi api;
    long target;
    String review;

    @BeforeEach
    void aTableInDepartmentReview() {
        api = new BasicAuthApi("http://localhost:" + port);
        target = api.post("unit-staff", "/api/targets", TestTargets.project(TestTargets.JS_UNIT)).body()
                .path("id").asLong();
        assertThat(api.post("unit-staff", "/api/targets/" + target + "/submit", Map.of()).status()).isEqualTo(200);
        review = taskOf(api, "dept-reviewer", target, "DEPARTMENT_REVIEW");
    }

    @Test
    void reviewerAttachesAndCommentsTheUnitReadsThemAnotherUnitSeesNothingAndTheyOutliveTheTask() {
        byte[] pdf = SampleFiles.pdf(5000);
        byte[] docx = SampleFiles.docx("测算依据");
        Answer note = api.upload("dept-reviewer", "/api/tasks/" + review + "/attachments", NOTE, pdf,
                Map.of("description", "目标说明"));
        assertThat(note.status()).as(note.body().toString()).isEqualTo(201);
        assertThat(note.body().path("name").asText()).isEqualTo(NOTE);
        assertThat(note.body().path("userName").asText()).isNotBlank();
        Answer basis = api.upload("dept-reviewer", "/api/tasks/" + review + "/attachments", "测算依据.docx", docx);
        assertThat(basis.status()).as(basis.body().toString()).isEqualTo(201);
        Answer comment = api.post("dept-reviewer", "/api/tasks/" + review + "/comments",
                Map.of("text", "请补充资金测算依据"));
        assertThat(comment.status()).as(comment.body().toString()).isEqualTo(201);

        JsonNode listed = api.get("unit-staff", "/api/targets/" + target + "/attachments").body();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).path("name").asText()).isEqualTo(NOTE);
        assertThat(listed.get(0).path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(listed.get(0).path("size").asLong()).isEqualTo(5000);
        assertThat(listed.get(0).path("description").asText()).isEqualTo("目标说明");
        assertThat(listed.get(0).path("user").asText()).isEqualTo("dept-reviewer");
        assertThat(listed.get(0).path("taskName").asText()).isNotBlank();
        assertThat(listed.get(1).path("contentType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String noteId = listed.get(0).path("id").asText();
        String basisId = listed.get(1).path("id").asText();
        assertDownload("unit-staff", noteId, NOTE, "application/pdf", pdf);
        assertDownload("unit-staff", basisId, "测算依据.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);

        softly.assertThat(api.get("unit-staff-2", "/api/targets/" + target + "/attachments").status()).isEqualTo(404);
        HttpResponse<byte[]> foreign = api.download("unit-staff-2", "/api/attachments/" + noteId);
        softly.assertThat(foreign.statusCode()).isEqualTo(404);
        softly.assertThat(new String(foreign.body(), StandardCharsets.UTF_8)).doesNotContain(NOTE);
        softly.assertThat(api.download("unit-staff-2", "/api/attachments/no-such-file").statusCode()).isEqualTo(404);
        softly.assertAll();

        JsonNode timeline = api.get("unit-staff", "/api/targets/" + target + "/timeline").body();
        assertThat(lines(timeline)).contains("COMMENT:dept-reviewer:请补充资金测算依据",
                "ATTACH:dept-reviewer:目标说明:" + noteId, "ATTACH:dept-reviewer:null:" + basisId);

        assertThat(api.post("dept-reviewer", "/api/tasks/" + review + "/complete",
                Map.of("decision", "APPROVE", "comment", "同意")).status()).isEqualTo(200);
        assertThat(tasks.createTaskQuery().taskId(review).count()).isZero();
        assertThat(api.get("unit-staff", "/api/targets/" + target + "/attachments").body()).hasSize(2);
        assertThat(api.get("manager", "/api/targets/" + target + "/attachments").body()).hasSize(2);
        assertDownload("dept-reviewer", noteId, NOTE, "application/pdf", pdf);
        assertThat(lines(api.get("unit-staff", "/api/targets/" + target + "/timeline").body()))
                .contains("COMMENT:dept-reviewer:请补充资金测算依据");
        String process = history.createHistoricTaskInstanceQuery().taskId(review).singleResult().getProcessInstanceId();
        assertThat(tasks.getProcessInstanceComments(process)).singleElement()
                .satisfies(c -> assertThat(c.getFullMessage()).isEqualTo("请补充资金测算依据"))
                .satisfies(c -> assertThat(c.getUserId()).isEqualTo("dept-reviewer"));
    }

    @Test
    void impostorsEmptyOversizedAndBadlyNamedFilesAreRefusedAndNothingIsStored() {
        String upload = "/api/tasks/" + review + "/attachments";
        refused(api.upload("dept-reviewer", upload, "报告.pdf", SampleFiles.exe()), 415, "报告.pdf");
        refused(api.upload("dept-reviewer", upload, "图表.docx", SampleFiles.png()), 415, "图表.docx");
        refused(api.upload("dept-reviewer", upload, "测算.xlsx", SampleFiles.docx("正文")), 415, "测算.xlsx");
        refused(api.upload("dept-reviewer", upload, "说明.doc", SampleFiles.xls()), 415, "说明.doc");
        refused(api.upload("dept-reviewer", upload, "程序.exe", SampleFiles.exe()), 415, "程序.exe");
        refused(api.upload("dept-reviewer", upload, "炸弹.docx", SampleFiles.docxBomb()), 400, "压缩炸弹");
        refused(api.upload("dept-reviewer", upload, "空白.pdf", new byte[0]), 400, "空白.pdf");
        refused(api.upload("dept-reviewer", upload, "过大.pdf", SampleFiles.pdf(10 * 1024 * 1024 + 1)), 413,
                "10,485,761 字节");
        refused(api.upload("dept-reviewer", upload, "", SampleFiles.pdf(100)), 400, "缺少文件名");
        refused(api.upload("dept-reviewer", upload, "\u200b\u200b.pdf", SampleFiles.pdf(100)), 400, "U+200B");
        refused(api.upload("dept-reviewer", upload, "说明\u0007.pdf", SampleFiles.pdf(100)), 400, "U+0007");
        refused(api.upload("dept-reviewer", upload, "说".repeat(197) + ".pdf", SampleFiles.pdf(100)), 400, "201 字");
        refused(api.upload("dept-reviewer", upload, "说明.pdf", SampleFiles.pdf(100),
                Map.of("description", "长".repeat(501))), 400, "附件说明最长");
        refused(api.upload("unit-staff-2", upload, NOTE, SampleFiles.pdf(100)), 404, review);
        refused(api.upload("unit-staff", upload, NOTE, SampleFiles.pdf(100)), 404, review);
        refused(api.upload("manager", upload, NOTE, SampleFiles.pdf(100)), 403, "只能查看");
        softly.assertThat(tasks.getTaskAttachments(review)).isEmpty();
        softly.assertThat(api.get("manager", "/api/targets/" + target + "/attachments").body()).isEmpty();
        softly.assertThat(lines(api.get("manager", "/api/targets/" + target + "/timeline").body()))
                .noneMatch(line -> line.startsWith("ATTACH"));
        softly.assertAll();

        Answer boundary = api.upload("dept-reviewer", upload, "说".repeat(196) + ".pdf",
                SampleFiles.pdf(10 * 1024 * 1024));
        assertThat(boundary.status()).as(boundary.body().toString()).isEqualTo(201);
        assertThat(api.upload("dept-reviewer", upload, "测算.xls", SampleFiles.xls()).status()).isEqualTo(201);
        assertThat(api.upload("dept-reviewer", upload, "测算.xlsx", SampleFiles.xlsx()).status()).isEqualTo(201);
        assertThat(tasks.getTaskAttachments(review)).hasSize(3);
    }

    @Test
    void aCommentMustShowSomethingFitAndComeFromSomeoneWhoMayWorkTheTask() {
        String comments = "/api/tasks/" + review + "/comments";
        refused(api.post("dept-reviewer", comments, Map.of("text", "   ")), 400, "意见");
        refused(api.post("dept-reviewer", comments, Map.of("text", "\u200b\u200b\u200b")), 400, "意见");
        refused(api.post("dept-reviewer", comments, Map.of()), 400, "意见");
        refused(api.post("dept-reviewer", comments, Map.of("text", "意".repeat(2001))), 400, "2001");
        refused(api.post("dept-reviewer", comments, Map.of("text", "同意\u0000")), 400, "U+0000");
        refused(api.post("unit-staff-2", comments, Map.of("text", "别的单位的意见")), 404, review);
        refused(api.post("manager", comments, Map.of("text", "管理人员的意见")), 403, "只能查看");
        softly.assertThat(tasks.getTaskComments(review)).isEmpty();
        softly.assertThat(lines(api.get("manager", "/api/targets/" + target + "/timeline").body()))
                .noneMatch(line -> line.startsWith("COMMENT"));
        softly.assertAll();

        assertThat(api.post("dept-reviewer", comments, Map.of("text", "意".repeat(2000))).status()).isEqualTo(201);
        assertThat(tasks.getTaskComments(review)).hasSize(1);
    }

    /** Each refusal is checked on its own, so that every guard taken away shows in one run. */
    private void refused(Answer answer, int status, String mentioned) {
        softly.assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        softly.assertThat(answer.body().path("message").asText()).as(answer.body().toString()).contains(mentioned);
    }

    private void assertDownload(String user, String attachmentId, String name, String contentType, byte[] content) {
        HttpResponse<byte[]> download = api.download(user, "/api/attachments/" + attachmentId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
        assertThat(download.headers().firstValue("Content-Type")).hasValue(contentType);
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;");
        String encoded = disposition.replaceAll(".*filename\\*=UTF-8''([^;]+).*", "$1");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
    }

    static List<String> lines(JsonNode timeline) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : timeline) {
            String action = line.path("action").asText();
            if (action.equals("ATTACH")) {
                lines.add(action + ":" + line.path("user").asText() + ":" + line.path("reason").asText(null) + ":"
                        + line.path("attachmentId").asText());
            } else {
                lines.add(action + ":" + line.path("user").asText() + ":" + line.path("reason").asText());
            }
        }
        return lines;
    }

    static String taskOf(BasicAuthApi api, String user, long targetId, String step) {
        for (JsonNode task : api.get(user, "/api/tasks?size=200").body().path("content")) {
            if (task.path("targetId").asLong() == targetId && task.path("step").asText().equals(step)) {
                return task.path("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + step + " task for target " + targetId);
    }
}
