package org.budgetperf.security;

import jakarta.servlet.DispatcherType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The keycloak profile: people log in at Keycloak (authorization code with PKCE) and the session carries them
 * into the Camunda webapps and {@code /api}; {@code /api} and {@code /engine-rest} also take bearer tokens,
 * checked locally against the realm's keys; {@code /logout} and the webapps' own 「Log out」 end the Keycloak session
 * too.
 */
@Configuration
@Profile("keycloak")
public class KeycloakSecurityConfig {

    private static final String BEARER = "Bearer realm=\"budgetperf\"";
    private static final String KEYCLOAK_LOGIN = "/oauth2/authorization/keycloak";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identity, CurrentUserProvider currentUser)
            throws Exception {
        http.securityMatcher(ApiPaths.matcher())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakSecurityConfig::fromToken))
                        .authenticationEntryPoint(ApiSecurityErrors.unauthorized(BEARER)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiSecurityErrors.unauthorized(BEARER))
                        .accessDeniedHandler(ApiSecurityErrors.forbidden()))
                // a bearer token cannot be forged by another site; a browser session needs the CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .addFilterAfter(new EngineAuthenticationFilter(identity, currentUser),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository clients,
                                    OAuth2AuthorizedClientRepository authorizedClients) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver pkce =
                new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler keycloakLogout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                        // a refusal's error page shows even when the refusal ended the session
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        // straight to Keycloak, no login page of Spring's (English); a login that fails on the way
                        // back (cancelled, expired) gets the Chinese 401 page, whose links start a new one
                        .loginPage(KEYCLOAK_LOGIN)
                        .failureHandler((request, response, e) -> response.sendError(HttpStatus.UNAUTHORIZED.value()))
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(groupsFromIdToken())))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/logout"))
                        .logoutSuccessHandler(keycloakLogout))
                .addFilterBefore(webappLogout(authorizedClients), LogoutFilter.class)
                // the Camunda webapps protect themselves with their own CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /**
     * The webapps' own 「Log out」 ends the Keycloak session (from the server: it is a script's request) and ours; the
     * webapp then finds nobody logged in and goes to the login page (static/login/webapps.js), that is to Keycloak.
     */
    private static LogoutFilter webappLogout(OAuth2AuthorizedClientRepository authorizedClients) {
        LogoutFilter logout = new LogoutFilter(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK),
                new KeycloakSessionEnd(authorizedClients), new SecurityContextLogoutHandler());
        logout.setLogoutRequestMatcher(WebappLogout.request());
        return logout;
    }

    /** The Camunda webapps take the logged-in person from Spring Security instead of their own login form. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                WebappSingleSignOn.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    private static JwtAuthenticationToken fromToken(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, KeycloakGroups.from(jwt.getClaims()),
                jwt.getClaimAsString(KeycloakGroups.USER_NAME));
    }

    private static GrantedAuthoritiesMapper groupsFromIdToken() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            authorities.stream().filter(OidcUserAuthority.class::isInstance).map(OidcUserAuthority.class::cast)
                    .forEach(oidc -> mapped.addAll(KeycloakGroups.from(oidc.getIdToken().getClaims())));
            return mapped;
        };
    }
}
