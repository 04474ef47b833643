package org.budgetperf.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A demo user's JSON call through the engine's own REST API ({@code /engine-rest}), the door tests' other door. */
public final class EngineRest {

    private EngineRest() {
    }

    public static ResponseEntity<String> call(TestRestTemplate rest, String user, HttpMethod method, String path,
                                              String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest" + path, method,
                new HttpEntity<>(json, headers), String.class);
    }
}
