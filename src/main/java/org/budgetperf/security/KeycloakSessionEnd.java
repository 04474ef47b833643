package org.budgetperf.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Ends the person's Keycloak session from the server, for a logout that happens in a script's request where the
 * browser cannot be sent to Keycloak (the webapps' own 「Log out」): Keycloak's logout endpoint with the client's
 * credentials and the session's refresh token. Afterwards Keycloak asks for the password again.
 */
final class KeycloakSessionEnd implements LogoutHandler {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakSessionEnd.class);

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final RestClient http = RestClient.create();

    KeycloakSessionEnd(OAuth2AuthorizedClientRepository authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication == null) {
            return;
        }
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient("keycloak", authentication, request);
        if (client == null || client.getRefreshToken() == null) {
            return;
        }
        ClientRegistration registration = client.getClientRegistration();
        Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", registration.getClientId());
        form.add("client_secret", registration.getClientSecret());
        form.add("refresh_token", client.getRefreshToken().getTokenValue());
        try {
            http.post().uri(String.valueOf(endpoint)).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            LOG.warn("Keycloak 会话未能结束（{}）：{}", authentication.getName(), e.getMessage());
        }
        authorizedClients.removeAuthorizedClient(registration.getRegistrationId(), authentication, request, response);
    }
}
