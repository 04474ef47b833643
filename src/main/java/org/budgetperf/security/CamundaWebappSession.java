package org.budgetperf.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The embedded default's one login: Spring Security keeps who is logged in where the Camunda webapps keep it, in
 * the HTTP session's {@link Authentications} (set by the Tasklist's login form or by our login page). Whoever is
 * logged in to the Tasklist is logged in to our pages and to {@code /api}; Camunda's 「Log out」, which removes
 * that entry, logs them out of both.
 */
class CamundaWebappSession implements SecurityContextRepository {

    private final ProcessEngine engine;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    CamundaWebappSession(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Called (deferred) by Spring Security's default {@code loadDeferredContext}. */
    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder requestResponseHolder) {
        return load(requestResponseHolder.getRequest());
    }

    private SecurityContext load(HttpServletRequest request) {
        SecurityContext context = holder.createEmptyContext();
        UserAuthentication user = webappUser(request.getSession(false));
        if (user != null) {
            List<SimpleGrantedAuthority> groups = user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, groups));
        }
        return context;
    }

    /** A login (our login page) becomes the webapps' login; an empty context (a logout) ends it. */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                AuthenticationUtil.getAuthsFromSession(session).removeByEngineName(engine.getName());
            }
            return;
        }
        UserAuthentication user = AuthenticationUtil.createAuthentication(engine, authentication.getName());
        if (user != null) {
            HttpSession session = request.getSession(true);
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            authentications.addOrReplace(user);
            AuthenticationUtil.updateSession(session, authentications);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return webappUser(request.getSession(false)) != null;
    }

    private UserAuthentication webappUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        Object stored = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
        return stored instanceof UserAuthentication user ? user : null;
    }
}
