package org.budgetperf.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser's session without the browser: the cookies it holds and the Camunda webapps' CSRF token. It logs in the
 * way the webapp's login form does (session cookie and CSRF token from a first visit) or the way our login page does,
 * calls the webapp's own engine API ({@code /camunda/api/engine}) as the Tasklist would, and opens our pages and
 * {@code /api} with the same session.
 */
public final class WebappSession {

    public static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private final TestRestTemplate rest;
    private final HttpHeaders headers = new HttpHeaders();
    private HttpStatus loginStatus;

    private WebappSession(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** Logged in through the webapp's own login ({@code POST /camunda/api/admin/auth/user/default/login/<app>}). */
    public static WebappSession login(TestRestTemplate rest, String user, String app) {
        WebappSession session = new WebappSession(rest);
        session.get("/camunda/app/" + app + "/default/");
        LinkedMultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
        credentials.add("username", user);
        credentials.add("password", "demo");
        ResponseEntity<String> login = session.sendAs(MediaType.APPLICATION_FORM_URLENCODED, HttpMethod.POST,
                "/camunda/api/admin/auth/user/default/login/" + app, credentials);
        session.loginStatus = HttpStatus.valueOf(login.getStatusCode().value());
        // the login starts a new session, which hands out a CSRF token of its own on its first page
        session.get("/camunda/app/" + app + "/default/");
        return session;
    }

    /** A browser that has logged in nowhere yet. */
    public static WebappSession anonymous(TestRestTemplate rest) {
        return new WebappSession(rest);
    }

    /** The same browser, its cookies and CSRF token, whose next requests land on another node. */
    public WebappSession on(TestRestTemplate otherNode) {
        WebappSession moved = new WebappSession(otherNode);
        moved.headers.putAll(headers);
        return moved;
    }

    /** The names of the cookies the browser holds. */
    public List<String> cookieNames() {
        return headers.getOrEmpty(HttpHeaders.COOKIE).stream().map(cookie -> cookie.split("=", 2)[0]).toList();
    }

    public HttpStatus loginStatus() {
        return loginStatus;
    }

    /** Our login page's form ({@code POST /login}) with the session's CSRF token from {@code GET /api/csrf}. */
    public ResponseEntity<String> loginOnOurPage(String user, String password, String next) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        form.add("next", next);
        form.add("_csrf", csrfToken());
        return sendAs(MediaType.APPLICATION_FORM_URLENCODED, HttpMethod.POST, "/login", form);
    }

    /** The webapps' own 「Log out」 ({@code POST /camunda/api/admin/auth/user/default/logout}). */
    public ResponseEntity<String> logOutOfTheWebapps() {
        return sendAs(MediaType.APPLICATION_JSON, HttpMethod.POST, "/camunda/api/admin/auth/user/default/logout", null);
    }

    /** The CSRF token that {@code /api} wants with the session ({@code GET /api/csrf}). */
    public String csrfToken() {
        String body = get("/api/csrf").getBody();
        return body.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
    }

    public ResponseEntity<String> get(String path) {
        return send(HttpMethod.GET, path, new HttpHeaders(), null);
    }

    /** A request with the session's cookies (and the webapps' CSRF token), plus the given headers. */
    public ResponseEntity<String> send(HttpMethod method, String path, HttpHeaders extra, Object body) {
        HttpHeaders call = new HttpHeaders();
        call.putAll(headers);
        call.putAll(extra);
        ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, call), String.class);
        keepCookies(response);
        return response;
    }

    private ResponseEntity<String> sendAs(MediaType type, HttpMethod method, String path, Object body) {
        HttpHeaders extra = new HttpHeaders();
        extra.setContentType(type);
        return send(method, path, extra, body);
    }

    /** A JSON call to the webapp's engine API, with the session and its CSRF token. */
    public ResponseEntity<String> engine(HttpMethod method, String path, String json) {
        return sendAs(MediaType.APPLICATION_JSON, method, ENGINE_API + path, json);
    }

    /** The session cookie and CSRF token a response sets replace those held so far. */
    private void keepCookies(ResponseEntity<?> response) {
        for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String pair = cookie.split(";", 2)[0];
            String name = pair.split("=", 2)[0];
            List<String> others = headers.getOrEmpty(HttpHeaders.COOKIE).stream()
                    .filter(held -> !held.startsWith(name + "=")).toList();
            headers.put(HttpHeaders.COOKIE, new ArrayList<>(others));
            headers.add(HttpHeaders.COOKIE, pair);
            if (name.equals("XSRF-TOKEN")) {
                headers.set("X-XSRF-TOKEN", pair.substring("XSRF-TOKEN=".length()));
            }
        }
    }
}
