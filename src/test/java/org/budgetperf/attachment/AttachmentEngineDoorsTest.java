package org.budgetperf.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.budgetperf.support.EngineRest;
import org.budgetperf.support.BasicAuthApi;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.budgetperf.support.WebappSession;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The engine's own doors ({@code /engine-rest}, the Tasklist's {@code /camunda/api/engine}) take no comment and no
 * file from anyone (they would skip the checks of who works the task, the file's type and size), change or delete
 * none, and hand them out only to those who read every table; everyone else reads them through {@code /api}.
 */
@IntegrationTest
class AttachmentEngineDoorsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    String review;
    String attachmentId;
    String commentId;
    byte[] pdf = SampleFiles.pdf(3000);

    @BeforeEach
    void aReviewWithAFileAndAComment() {
        BasicAuthApi api = new BasicAuthApi("http://localhost:" + port);
        long target = api.post("unit-staff", "/api/targets", TestTargets.project(TestTargets.JS_UNIT)).body()
                .path("id").asLong();
        api.post("unit-staff", "/api/targets/" + target + "/submit", Map.of());
        review = AttachmentApiTest.taskOf(api, "dept-reviewer", target, "DEPARTMENT_REVIEW");
        attachmentId = api.upload("dept-reviewer", "/api/tasks/" + review + "/attachments", "说明.pdf", pdf).body()
                .path("id").asText();
        commentId = api.post("dept-reviewer", "/api/tasks/" + review + "/comments", Map.of("text", "原意见")).body()
                .path("id").asText();
    }

    @Test
    void nobodyAddsChangesOrDeletesCommentsOrFilesThroughTheEngine() {
        String comment = "{\"message\":\"绕过检查的意见\"}";
        for (String user : new String[] {"manager", "admin"}) {
            ResponseEntity<String> viaRest = EngineRest.call(rest, user, HttpMethod.POST, "/task/" + review + "/comment/create",
                    comment);
            assertThat(viaRest.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(viaRest.getBody()).contains("POST /api/tasks/{taskId}/comments").doesNotContain("ENGINE-");
            assertThat(WebappSession.login(rest, user, "tasklist")
                    .engine(HttpMethod.POST, "/task/" + review + "/comment/create", comment).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(EngineRest.call(rest, "dept-reviewer", HttpMethod.POST, "/task/" + review + "/comment/create", comment)
                .getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(WebappSession.login(rest, "dept-reviewer", "tasklist")
                .engine(HttpMethod.POST, "/task/" + review + "/comment/create", comment).getStatusCode()
                .is2xxSuccessful()).isFalse();
        assertThat(EngineRest.call(rest, "admin", HttpMethod.PUT, "/task/" + review + "/comment",
                "{\"id\":\"" + commentId + "\",\"message\":\"改过的意见\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineRest.call(rest, "admin", HttpMethod.DELETE, "/task/" + review + "/comment/" + commentId, null)
                .getStatusCode().is2xxSuccessful()).isFalse();

        ResponseEntity<String> file = rest.withBasicAuth("admin", "demo").postForEntity(
                "/engine-rest/task/" + review + "/attachment/create", attachment(), String.class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(file.getBody()).contains("POST /api/tasks/{taskId}/attachments");
        WebappSession tasklist = WebappSession.login(rest, "admin", "tasklist");
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(tasklist.send(HttpMethod.POST, WebappSession.ENGINE_API + "/task/" + review + "/attachment/create",
                multipart, attachment()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(EngineRest.call(rest, "admin", HttpMethod.DELETE, "/task/" + review + "/attachment/" + attachmentId, null)
                .getStatusCode().is2xxSuccessful()).isFalse();

        assertThat(tasks.getTaskAttachments(review)).singleElement()
                .satisfies(a -> assertThat(a.getId()).isEqualTo(attachmentId));
        assertThat(tasks.getTaskComments(review)).singleElement()
                .satisfies(c -> assertThat(c.getFullMessage()).isEqualTo("原意见"));
    }

    @Test
    void theEngineHandsFilesAndCommentsOnlyToThoseWhoReadEveryTable() {
        String data = "/task/" + review + "/attachment/" + attachmentId + "/data";
        for (String user : new String[] {"unit-staff-2", "unit-staff", "dept-reviewer"}) {
            ResponseEntity<String> refused = EngineRest.call(rest, user, HttpMethod.GET, data, null);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(user).contains("GET /api/attachments/{attachmentId}")
                    .doesNotContain("%PDF");
            assertThat(EngineRest.call(rest, user, HttpMethod.GET, "/task/" + review + "/attachment/" + attachmentId, null)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(EngineRest.call(rest, user, HttpMethod.GET, "/task/" + review + "/comment/" + commentId, null)
                    .getBody()).as(user).doesNotContain("原意见");
        }
        ResponseEntity<String> viaTasklist = WebappSession.login(rest, "unit-staff-2", "tasklist")
                .engine(HttpMethod.GET, data, null);
        assertThat(viaTasklist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<byte[]> manager = rest.withBasicAuth("manager", "demo")
                .getForEntity("/engine-rest" + data, byte[].class);
        assertThat(manager.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(manager.getBody()).isEqualTo(pdf);
        assertThat(EngineRest.call(rest, "manager", HttpMethod.GET, "/task/" + review + "/comment/" + commentId, null).getBody())
                .contains("原意见");
    }

    /** Whatever door or path reaches the engine: a person's command to add, change or delete is refused. */
    @Test
    void theEngineItselfRefusesAPersonsCommentsAndFilesButNotTheEnginesOwnCalls() {
        identity.setAuthentication("admin", List.of("camunda-admin"));
        try {
            assertThatThrownBy(() -> tasks.createComment(review, null, "绕过检查的意见"))
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("/api");
            assertThatThrownBy(() -> tasks.createAttachment("application/pdf", review, null, "绕过.exe", null,
                    new ByteArrayInputStream(SampleFiles.exe()))).isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> tasks.deleteTaskAttachment(review, attachmentId))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> tasks.deleteTaskComment(review, commentId))
                    .isInstanceOf(AuthorizationException.class);
            identity.setAuthentication("unit-staff-2", List.of("org-JS-HSZH-BZJZ", "preparer"));
            assertThatThrownBy(() -> tasks.getAttachmentContent(attachmentId))
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("/api");
            assertThatThrownBy(() -> tasks.getTaskComments(review)).isInstanceOf(AuthorizationException.class);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(tasks.getTaskAttachments(review)).hasSize(1);
        assertThat(tasks.getTaskComments(review)).hasSize(1);
    }

    private static MultiValueMap<String, Object> attachment() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("attachment-name", "绕过检查.exe");
        form.add("attachment-type", "application/pdf");
        form.add("content", new ByteArrayResource(SampleFiles.exe()) {
            @Override
            public String getFilename() {
                return "绕过检查.exe";
            }
        });
        return form;
    }

}
