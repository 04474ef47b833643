package org.budgetperf.mail;

import java.util.List;
import org.budgetperf.approval.TrustedEngineCalls;
import org.budgetperf.notification.Recipients;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The e-mail addresses behind a notification's address: the person's, or those of every member of the group, as the
 * identity store (the engine's own users or Keycloak) holds them; people without an address are left out.
 */
@Component
class MailRecipients {

    private final IdentityService identity;
    private final TrustedEngineCalls trusted;

    MailRecipients(IdentityService identity, TrustedEngineCalls trusted) {
        this.identity = identity;
        this.trusted = trusted;
    }

    List<String> of(String address) {
        String person = Recipients.personOf(address);
        List<User> users = trusted.call(() -> person != null
                ? identity.createUserQuery().userId(person).list()
                : identity.createUserQuery().memberOfGroup(address).list());
        return users.stream().map(User::getEmail).filter(email -> email != null && !email.isBlank()).distinct()
                .toList();
    }
}
