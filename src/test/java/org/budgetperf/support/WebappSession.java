package org.budgetperf.support;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A person logged in to a Camunda webapp the way its login page does it (session cookie and CSRF token from a
 * first visit), calling the webapp's own engine API ({@code /camunda/api/engine}) as the Tasklist would.
 */
public final class WebappSession {

    public static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private final TestRestTemplate rest;
    private final HttpHeaders headers = new HttpHeaders();
    private final HttpStatus loginStatus;

    private WebappSession(TestRestTemplate rest, String user, String app) {
        this.rest = rest;
        keepCookies(rest.getForEntity("/camunda/app/" + app + "/default/", String.class));
        HttpHeaders form = new HttpHeaders();
        form.putAll(headers);
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        LinkedMultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
        credentials.add("username", user);
        credentials.add("password", "demo");
        ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app,
                HttpMethod.POST, new HttpEntity<>(credentials, form), String.class);
        loginStatus = HttpStatus.valueOf(login.getStatusCode().value());
        keepCookies(login);
        // the login starts a new session, which hands out a CSRF token of its own on its first page
        keepCookies(get("/camunda/app/" + app + "/default/"));
    }

    private ResponseEntity<String> get(String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The session cookie and CSRF token a response sets replace those held so far. */
    private void keepCookies(ResponseEntity<?> response) {
        for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String pair = cookie.split(";", 2)[0];
            String name = pair.split("=", 2)[0];
            List<String> others = headers.getOrEmpty(HttpHeaders.COOKIE).stream()
                    .filter(held -> !held.startsWith(name + "=")).toList();
            headers.put(HttpHeaders.COOKIE, new java.util.ArrayList<>(others));
            headers.add(HttpHeaders.COOKIE, pair);
            if (name.equals("XSRF-TOKEN")) {
                headers.set("X-XSRF-TOKEN", pair.substring("XSRF-TOKEN=".length()));
            }
        }
    }

    public static WebappSession login(TestRestTemplate rest, String user, String app) {
        return new WebappSession(rest, user, app);
    }

    public HttpStatus loginStatus() {
        return loginStatus;
    }

    /** A JSON call to the webapp's engine API, with the session and its CSRF token. */
    public ResponseEntity<String> engine(HttpMethod method, String path, String json) {
        HttpHeaders call = new HttpHeaders();
        call.putAll(headers);
        call.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.exchange(ENGINE_API + path, method, new HttpEntity<>(json, call),
                String.class);
        keepCookies(response);
        return response;
    }
}
