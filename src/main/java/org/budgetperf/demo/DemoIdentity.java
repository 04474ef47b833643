package org.budgetperf.demo;

import java.util.List;
import java.util.Objects;
import org.budgetperf.demo.DemoData.Directory;
import org.budgetperf.demo.DemoData.UserEntry;
import org.budgetperf.organization.Organization;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Puts the demo users and groups (password {@code demo}) into the engine's identity store. */
@Component
class DemoIdentity {

    static final String PASSWORD = "demo";

    private final IdentityService identity;

    DemoIdentity(IdentityService identity) {
        this.identity = identity;
    }

    /** With Keycloak the identity is read-only and the realm (realm-config/) holds the same users and groups. */
    boolean writable() {
        return !identity.isReadOnly();
    }

    void ensureOrganizationGroups(List<Organization> organizations) {
        organizations.forEach(org -> ensureGroup(org.groupId(), org.getName(), "ORGANIZATION"));
    }

    void ensureDirectory(Directory directory) {
        directory.groups().forEach(group -> ensureGroup(group.id(), group.name(), group.type()));
        directory.users().forEach(this::ensureUser);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }

    /**
     * Creates the user, or renames one created before the demo held whole names in the first name (晓 / 王), so that
     * the Camunda webapps' header, which prints first name, a space and last name, reads 王晓.
     */
    private void ensureUser(UserEntry entry) {
        User user = identity.createUserQuery().userId(entry.id()).singleResult();
        if (user == null) {
            user = identity.newUser(entry.id());
            user.setEmail(entry.email());
            user.setPassword(PASSWORD);
            identity.saveUser(named(user, entry));
        } else if (!entry.firstName().equals(user.getFirstName())
                || !entry.lastName().equals(Objects.toString(user.getLastName(), ""))) {
            identity.saveUser(named(user, entry));
        }
        for (String group : entry.groups()) {
            if (identity.createUserQuery().userId(entry.id()).memberOfGroup(group).count() == 0) {
                identity.createMembership(entry.id(), group);
            }
        }
    }

    private static User named(User user, UserEntry entry) {
        user.setFirstName(entry.firstName());
        user.setLastName(entry.lastName());
        return user;
    }
}
