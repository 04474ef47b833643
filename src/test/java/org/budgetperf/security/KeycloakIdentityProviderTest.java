package org.budgetperf.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

class KeycloakIdentityProviderTest {

    @Test
    void aNameKeycloakLeavesOutReachesTheWebappsAsAnEmptyText() {
        UserEntity fromKeycloak = new UserEntity("unit-staff");
        fromKeycloak.setFirstName("王晓");
        fromKeycloak.setEmail("unit-staff@example.org");

        User user = KeycloakIdentityProvider.withoutNullNames(fromKeycloak);

        assertThat(user.getFirstName() + " " + user.getLastName()).as("the Tasklist's header").isEqualTo("王晓 ");
        assertThat(user.getId()).isEqualTo("unit-staff");
        assertThat(user.getEmail()).isEqualTo("unit-staff@example.org");
        assertThat(KeycloakIdentityProvider.withoutNullNames(new UserEntity("nameless")).getFirstName()).isEmpty();
    }
}
