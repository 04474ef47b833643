package org.budgetperf.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Tells the process engine who is calling, for the length of one API or engine-REST request. */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;
    private final CurrentUserProvider currentUser;

    public EngineAuthenticationFilter(IdentityService identity, CurrentUserProvider currentUser) {
        this.identity = identity;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user;
        try {
            user = currentUser.require();
        } catch (UsernameNotFoundException anonymous) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(user.userId(), List.copyOf(user.groupIds()));
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
