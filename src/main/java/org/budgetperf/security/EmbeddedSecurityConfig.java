package org.budgetperf.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Embedded default: {@code /api} and {@code /engine-rest} take HTTP Basic with the engine's users; the Camunda
 * webapps keep their own login and CSRF protection; OpenAPI and health are public. The Excel page
 * ({@code /excel/}) and the notification inbox ({@code /inbox/}) ask for the same Basic login, so that the browser
 * already holds it for the page's API calls.
 */
@Configuration
@Profile("!keycloak")
public class EmbeddedSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
                                    IdentityService identity, CurrentUserProvider currentUser) throws Exception {
        http.securityMatcher(new OrRequestMatcher(ApiPaths.matcher(),
                        PathPatternRequestMatcher.withDefaults().matcher("/excel/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/inbox/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .authenticationProvider(users)
                .httpBasic(basic -> basic.realmName("budgetperf")
                        .authenticationEntryPoint(ApiSecurityErrors.unauthorized("Basic realm=\"budgetperf\"")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiSecurityErrors.unauthorized("Basic realm=\"budgetperf\""))
                        .accessDeniedHandler(ApiSecurityErrors.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identity, currentUser), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
