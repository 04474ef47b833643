package org.budgetperf.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Embedded default: one login for everything, the Camunda webapps' session ({@link CamundaWebappSession}). Who logs in
 * to the Tasklist, or on our login page ({@code /login/}), is logged in to every page the application serves and to
 * {@code /api}; {@code /logout} and the webapps' own 「Log out」 end it for all of them. Pages outside the webapps
 * send a browser that is not logged in to the login page. {@code /api} and {@code /engine-rest} also take HTTP Basic
 * (API clients, the tests); a request with the session must carry the CSRF token from {@code GET /api/csrf} to change
 * anything, a Basic one need not. OpenAPI and health are public.
 */
@Configuration
@Profile("!keycloak")
public class EmbeddedSecurityConfig {

    private static final String BASIC = "Basic realm=\"budgetperf\"";

    @Bean
    CamundaWebappSession camundaWebappSession(ProcessEngine engine) {
        return new CamundaWebappSession(engine);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
                                    CamundaWebappSession webappSession, IdentityService identity,
                                    CurrentUserProvider currentUser) throws Exception {
        AuthenticationEntryPoint unauthorized = BrowserRequests.navigationTo(LoginPage.redirect(),
                ApiSecurityErrors.unauthorized(BASIC));
        http.securityMatcher(ApiPaths.matcher())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/csrf").permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(users)
                .securityContext(context -> context.securityContextRepository(webappSession))
                .httpBasic(basic -> basic.realmName("budgetperf").authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ApiSecurityErrors.forbidden()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                // another site cannot send a password; it can make the browser send the session cookie
                .csrf(csrf -> csrf.ignoringRequestMatchers(EmbeddedSecurityConfig::sendsBasicCredentials))
                .addFilterAfter(new EngineAuthenticationFilter(identity, currentUser), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** The Camunda webapps check their own logins, authorizations and CSRF tokens. */
    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /** Every other page: the login page, its form ({@code POST /login}), {@code GET /logout}, and our pages. */
    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
                                     CamundaWebappSession webappSession) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/login/**", "/error", "/favicon.ico", "/actuator/health",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(users)
                .securityContext(context -> context.securityContextRepository(webappSession))
                .formLogin(login -> login.loginPage(LoginPage.PATH).loginProcessingUrl("/login")
                        .successHandler(LoginPage.returnToNext()).failureHandler(LoginPage.tryAgain()))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/logout"))
                        .logoutSuccessUrl(LoginPage.PATH + "?loggedOut"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(LoginPage.redirect()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    private static boolean sendsBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
