package org.budgetperf.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The keycloak profile's browser session calling {@code /api} (as the Excel page does): {@code /api/csrf} gives
 * the token, a POST without it is refused, with it accepted. No Keycloak needed: the login is simulated.
 */
@WebMvcTest(controllers = {CsrfTokenController.class, SessionCsrfTest.Echo.class})
@Import({KeycloakSecurityConfig.class, CurrentUserProvider.class, SessionCsrfTest.Clients.class,
        SessionCsrfTest.Echo.class})
@ActiveProfiles("keycloak")
class SessionCsrfTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @MockitoBean
    IdentityService identity;
    @MockitoBean
    JwtDecoder jwt;

    @Test
    void sessionPostNeedsTheTokenFromApiCsrf() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/api/echo").session(session).with(oidcLogin()))
                .andExpect(status().isForbidden());

        String body = mvc.perform(get("/api/csrf").session(session).with(oidcLogin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headerName").value("X-CSRF-TOKEN"))
                .andReturn().getResponse().getContentAsString();
        JsonNode token = json.readTree(body);

        mvc.perform(post("/api/echo").session(session).with(oidcLogin())
                        .header(token.path("headerName").asText(), token.path("token").asText()))
                .andExpect(status().isOk())
                .andExpect(content().string("ok"));
    }

    @RestController
    static class Echo {
        @PostMapping("/api/echo")
        String echo() {
            return "ok";
        }
    }

    @TestConfiguration
    static class Clients {
        @Bean
        ClientRegistrationRepository clients() {
            return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("keycloak")
                    .clientId("budgetperf-app").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .authorizationUri("http://keycloak.invalid/auth").tokenUri("http://keycloak.invalid/token")
                    .build());
        }
    }
}
