package org.budgetperf.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** {@code /api} over plain HTTP as a demo user (HTTP Basic, password {@code demo}), every call with a timeout. */
public final class BasicAuthApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public BasicAuthApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Answer(int status, JsonNode body) {
    }

    public Answer get(String user, String path) {
        return send(request(user, path).GET());
    }

    public Answer post(String user, String path, Object json) {
        return send(request(user, path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Answer put(String user, String path, Object json) {
        return send(request(user, path).header("Content-Type", "application/json").PUT(body(json)));
    }

    private static HttpRequest.BodyPublisher body(Object json) {
        try {
            return BodyPublishers.ofByteArray(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart form with one part {@code file}. */
    public Answer upload(String user, String path, String filename, byte[] content) {
        return upload(user, path, filename, content, Map.of());
    }

    /** A multipart form with the part {@code file} (its name sent as UTF-8, as browsers do) and text fields. */
    public Answer upload(String user, String path, String filename, byte[] content, Map<String, String> fields) {
        String boundary = "----budgetperf" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET whose answer is kept as bytes, with its headers (a download). */
    public HttpResponse<byte[]> download(String user, String path) {
        return exchange(request(user, path).setHeader("Accept", "*/*").GET());
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder request) {
        HttpResponse<byte[]> response = exchange(request);
        byte[] body = response.body();
        try {
            return new Answer(response.statusCode(), body.length == 0 ? JSON.missingNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
