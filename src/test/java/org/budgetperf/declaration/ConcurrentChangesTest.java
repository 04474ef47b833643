package org.budgetperf.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two requests at once on the same table: one wins, the other is told so with a 409, never a 500. */
@IntegrationTest
class ConcurrentChangesTest {

    private static final int ROUNDS = 5;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        long id = create(draft()).getBody().path("id").asLong();
        ResponseEntity<JsonNode> read = user().getForEntity("/api/targets/" + id, JsonNode.class);
        String etag = read.getHeaders().getETag();
        assertThat(etag).isEqualTo("\"" + read.getBody().path("version").asLong() + "\"");

        ResponseEntity<JsonNode> first = put(id, etag, edited(read.getBody(), "第一次修改"));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getHeaders().getETag()).isNotEqualTo(etag);

        ResponseEntity<JsonNode> stale = put(id, etag, edited(read.getBody(), "过时的修改"));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().path("message").asText()).contains("已被他人修改").contains("请重新打开后再修改");

        ResponseEntity<JsonNode> now = user().getForEntity("/api/targets/" + id, JsonNode.class);
        assertThat(now.getBody().path("name").asText()).isEqualTo("第一次修改");
        assertThat(now.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag());
    }

    @Test
    void twoEditsOfTheSameVersionAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = create(draft()).getBody().path("id").asLong();
            ResponseEntity<JsonNode> read = user().getForEntity("/api/targets/" + id, JsonNode.class);
            String etag = read.getHeaders().getETag();
            List<HttpStatus> outcomes = race(() -> put(id, etag, edited(read.getBody(), "甲的修改")),
                    () -> put(id, etag, edited(read.getBody(), "乙的修改")));
            assertThat(outcomes).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
        }
    }

    @Test
    void theSameCodeCreatedTwiceAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            ObjectNode request = draft();
            List<HttpStatus> outcomes = race(() -> create(request), () -> create(request));
            assertThat(outcomes).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
            assertThat(jdbc.queryForObject("select count(*) from pt_target where code = ?", Integer.class,
                    request.path("code").asText())).isOne();
        }
    }

    @Test
    void theSameTableSubmittedTwiceAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = create(draft()).getBody().path("id").asLong();
            List<HttpStatus> outcomes = race(() -> submit(id), () -> submit(id));
            assertThat(outcomes).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
            assertThat(user().getForObject("/api/targets/" + id + "/history", JsonNode.class)).hasSize(1);
        }
    }

    /** Raced, the loser gets 409; a moment later the task is gone, which the approval API answers with 404. */
    @Test
    void theSameTaskCompletedTwiceAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = create(draft()).getBody().path("id").asLong();
            assertThat(submit(id).getStatusCode()).isEqualTo(HttpStatus.OK);
            String task = reviewTask(id);
            List<HttpStatus> outcomes = race(() -> approve(task), () -> approve(task));
            assertThat(outcomes).containsOnlyOnce(HttpStatus.OK)
                    .containsAnyOf(HttpStatus.CONFLICT, HttpStatus.NOT_FOUND)
                    .doesNotContain(HttpStatus.INTERNAL_SERVER_ERROR);
            assertThat(user().getForObject("/api/targets/" + id + "/history", JsonNode.class)).hasSize(2);
        }
    }

    /** Both calls released together by a latch; their statuses, whatever the order. */
    private List<HttpStatus> race(Supplier<ResponseEntity<JsonNode>> one, Supplier<ResponseEntity<JsonNode>> other)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<ResponseEntity<JsonNode>> first = threads.submit(() -> {
            start.await();
            return one.get();
        });
        Future<ResponseEntity<JsonNode>> second = threads.submit(() -> {
            start.await();
            return other.get();
        });
        start.countDown();
        return List.of(HttpStatus.valueOf(first.get().getStatusCode().value()),
                HttpStatus.valueOf(second.get().getStatusCode().value()));
    }

    private ObjectNode draft() {
        return json.valueToTree(TestTargets.project(TestTargets.JS_UNIT));
    }

    /** The table as read, back as a request with another name. */
    private ObjectNode edited(JsonNode table, String name) {
        ObjectNode request = draft();
        request.put("code", table.path("code").asText());
        request.put("name", name);
        return request;
    }

    private TestRestTemplate user() {
        return rest.withBasicAuth("unit-staff", "demo");
    }

    private ResponseEntity<JsonNode> create(ObjectNode request) {
        return user().postForEntity("/api/targets", request, JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(long id, String etag, ObjectNode request) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch(etag);
        return user().exchange("/api/targets/" + id, HttpMethod.PUT, new HttpEntity<>(request, headers),
                JsonNode.class);
    }

    private String reviewTask(long targetId) {
        JsonNode tasks = rest.withBasicAuth("dept-reviewer", "demo").getForObject("/api/tasks?size=200",
                JsonNode.class);
        for (JsonNode task : tasks.path("content")) {
            if (task.path("targetId").asLong() == targetId) {
                return task.path("id").asText();
            }
        }
        throw new AssertionError("dept-reviewer has no task for target " + targetId);
    }

    private ResponseEntity<JsonNode> approve(String task) {
        return rest.withBasicAuth("dept-reviewer", "demo").postForEntity("/api/tasks/" + task + "/complete",
                json.createObjectNode().put("decision", "APPROVE"), JsonNode.class);
    }

    private ResponseEntity<JsonNode> submit(long id) {
        return user().postForEntity("/api/targets/" + id + "/submit", json.createObjectNode().put("comment", "请审核"),
                JsonNode.class);
    }
}
