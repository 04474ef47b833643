package org.budgetperf.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The real Keycloak that scripts/keycloak.sh runs on loopback, and the calls the tests make to it. */
final class KeycloakServer {

    static final String URL = System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:8180");
    static final String REALM = URL + "/realms/budgetperf";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakServer() {
    }

    static void start() throws IOException, InterruptedException {
        Process script = new ProcessBuilder("bash", "scripts/keycloak.sh", "start").directory(new File("."))
                .inheritIO().start();
        if (script.waitFor() != 0) {
            throw new IllegalStateException("scripts/keycloak.sh start failed");
        }
    }

    /** An access token for a demo user (password grant, enabled on the app client for these tests). */
    static String token(String user) throws IOException, InterruptedException {
        return tokenResponse(Map.of("grant_type", "password", "client_id", "budgetperf-app",
                "client_secret", "budgetperf-app-secret", "username", user, "password", "demo"))
                .path("access_token").asText();
    }

    static JsonNode tokenResponse(Map<String, String> form) throws IOException, InterruptedException {
        return post(REALM + "/protocol/openid-connect/token", form, null);
    }

    static String adminToken() throws IOException, InterruptedException {
        return post(URL + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin"), null)
                .path("access_token").asText();
    }

    /** Changes one attribute of the app client through the admin API (for the token-expiry test). */
    static void setAppClientAttribute(String name, String value) throws IOException, InterruptedException {
        String admin = adminToken();
        String clients = URL + "/admin/realms/budgetperf/clients";
        JsonNode app = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=budgetperf-app"))
                .header("Authorization", "Bearer " + admin).GET().build())).get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) app.path("attributes")).put(name, value);
        send(HttpRequest.newBuilder(URI.create(clients + "/" + app.path("id").asText()))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(app))).build());
    }

    /** Lifts a brute-force lockout of a user through the admin API. */
    static void clearLockout(String user) throws IOException, InterruptedException {
        String admin = adminToken();
        String users = URL + "/admin/realms/budgetperf/users";
        String id = JSON.readTree(send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + user))
                .header("Authorization", "Bearer " + admin).GET().build())).get(0).path("id").asText();
        send(HttpRequest.newBuilder(URI.create(URL + "/admin/realms/budgetperf/attack-detection/brute-force/users/" + id))
                .header("Authorization", "Bearer " + admin).DELETE().build());
    }

    private static JsonNode post(String url, Map<String, String> form, String bearer)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return JSON.readTree(send(request.build()));
    }

    private static String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
