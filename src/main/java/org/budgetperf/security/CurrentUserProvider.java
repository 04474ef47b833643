package org.budgetperf.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Reads the caller from Spring Security; granted authorities carry the caller's Camunda group ids. */
@Component
public class CurrentUserProvider {

    public CurrentUser require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new UsernameNotFoundException("未登录");
        }
        return new CurrentUser(authentication.getName(), groupsOf(authentication));
    }

    /** The authorities that are Camunda group ids, without Spring's own (ROLE_, SCOPE_, OIDC_USER …). */
    static Set<String> groupsOf(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> !authority.startsWith("ROLE_") && !authority.startsWith("SCOPE_")
                        && !authority.startsWith("OIDC_") && !authority.startsWith("OAUTH2_"))
                .collect(Collectors.toSet());
    }
}
