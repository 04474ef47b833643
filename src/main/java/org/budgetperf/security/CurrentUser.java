package org.budgetperf.security;

import java.util.List;
import java.util.Set;
import org.budgetperf.organization.Organization;

/** The caller: a user id and the Camunda groups it belongs to (organization groups and role groups). */
public record CurrentUser(String userId, Set<String> groupIds) {

    public static final String SYSTEM = "system";

    public CurrentUser {
        groupIds = Set.copyOf(groupIds);
    }

    /** Used by start-up jobs such as the demo data loader; it may do what any organization may. */
    public static CurrentUser system() {
        return new CurrentUser(SYSTEM, Set.of(Roles.ADMIN));
    }

    public boolean isSystem() {
        return SYSTEM.equals(userId);
    }

    public boolean isManager() {
        return groupIds.contains(Roles.MANAGER);
    }

    public boolean isAdmin() {
        return groupIds.contains(Roles.ADMIN);
    }

    /** Managers and administrators read every table. */
    public boolean readsEverything() {
        return isManager() || isAdmin();
    }

    public boolean belongsTo(Organization organization) {
        return organization != null && groupIds.contains(organization.groupId());
    }

    public List<String> organizationCodes() {
        return groupIds.stream()
                .filter(group -> group.startsWith(Organization.GROUP_PREFIX))
                .map(group -> group.substring(Organization.GROUP_PREFIX.length()))
                .sorted()
                .toList();
    }
}
