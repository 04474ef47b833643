package org.budgetperf.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.extension.keycloak.KeycloakConfiguration;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderFactory;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderSession;
import org.camunda.bpm.extension.keycloak.KeycloakUserQuery;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;

/**
 * With the keycloak profile, the engine reads users and groups from Keycloak (read-only).
 *
 * <p>The realm's users carry their whole name, surname first, as the first name (王晓) and have no last name, like the
 * embedded demo users. Keycloak leaves an absent name out; the Camunda webapps print {@code firstName + ' ' +
 * lastName} and would show 「王晓 null」, so a name Keycloak does not have reaches the engine as an empty text.
 */
@Component
@Profile("keycloak")
@ConfigurationProperties(prefix = "plugin.identity.keycloak")
public class KeycloakIdentityProvider extends KeycloakIdentityProviderPlugin {

    private List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>();
    private KeycloakIdentityProviderFactory factory;

    @Override
    public void setCustomHttpRequestInterceptors(List<ClientHttpRequestInterceptor> interceptors) {
        super.setCustomHttpRequestInterceptors(interceptors);
        this.interceptors = interceptors;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        super.preInit(configuration);
        factory = new NamesWithoutNulls(this, interceptors);
        configuration.setIdentityProviderSessionFactory(factory);
    }

    @Override
    public void clearCache() {
        factory.clearCache();
    }

    /** The user as Keycloak has it, with an empty text for a first or last name it does not have. */
    static User withoutNullNames(User user) {
        if (user.getFirstName() != null && user.getLastName() != null) {
            return user;
        }
        UserEntity copy = new UserEntity(user.getId());
        copy.setFirstName(Objects.toString(user.getFirstName(), ""));
        copy.setLastName(Objects.toString(user.getLastName(), ""));
        copy.setEmail(user.getEmail());
        return copy;
    }

    private static final class NamesWithoutNulls extends KeycloakIdentityProviderFactory {

        NamesWithoutNulls(KeycloakConfiguration configuration, List<ClientHttpRequestInterceptor> interceptors) {
            super(configuration, interceptors);
        }

        @Override
        public Session openSession() {
            return new KeycloakIdentityProviderSession(keycloakConfiguration, restTemplate, keycloakContextProvider,
                    userQueryCache, groupQueryCache, checkPasswordCache) {
                @Override
                protected List<User> findUserByQueryCriteria(KeycloakUserQuery query) {
                    return super.findUserByQueryCriteria(query).stream()
                            .map(KeycloakIdentityProvider::withoutNullNames).collect(Collectors.toList());
                }
            };
        }
    }
}
