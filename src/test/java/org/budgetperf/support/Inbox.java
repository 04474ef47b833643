package org.budgetperf.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A person's notifications as {@code /api/notifications} shows them. */
public final class Inbox {

    private Inbox() {
    }

    public static long unread(TestRestTemplate rest, String user) {
        return rest.withBasicAuth(user, "demo").getForObject("/api/notifications/unread-count", JsonNode.class)
                .path("unread").asLong();
    }

    public static List<JsonNode> notificationsOf(TestRestTemplate rest, String user) {
        JsonNode page = rest.withBasicAuth(user, "demo").getForObject("/api/notifications?size=100", JsonNode.class);
        return StreamSupport.stream(page.path("content").spliterator(), false).toList();
    }
}
