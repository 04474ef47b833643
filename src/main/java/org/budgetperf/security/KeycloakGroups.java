package org.budgetperf.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Keycloak's {@code groups} claim holds the Camunda group ids (flat group names such as {@code org-JS-HSZH});
 * they become the caller's authorities, which {@link CurrentUserProvider} reads.
 */
final class KeycloakGroups {

    static final String CLAIM = "groups";
    static final String USER_NAME = "preferred_username";

    private KeycloakGroups() {
    }

    static List<GrantedAuthority> from(Map<String, Object> claims) {
        Object groups = claims.get(CLAIM);
        Stream<?> names = groups instanceof Collection<?> list ? list.stream() : Stream.empty();
        return names.map(String::valueOf)
                .map(name -> name.startsWith("/") ? name.substring(1) : name)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
