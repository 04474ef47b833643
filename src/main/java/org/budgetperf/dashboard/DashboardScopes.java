package org.budgetperf.dashboard;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.organization.Organization;
import org.budgetperf.organization.OrganizationService;
import org.budgetperf.organization.OrganizationType;
import org.budgetperf.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whose tables a caller's dashboard shows, by the rule of {@code TargetAccess.canRead}: managers and administrators
 * every table; a unit its own; a department its own and its units' (every table naming it as supervising
 * department); a finance bureau its departments'. A chosen organization narrows that to its tables, and is refused
 * (403) when the caller could not read them all.
 */
@Component
class DashboardScopes {

    private final OrganizationService organizations;
    private final NamedParameterJdbcTemplate jdbc;

    DashboardScopes(OrganizationService organizations, NamedParameterJdbcTemplate jdbc) {
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    DashboardScope of(CurrentUser user, String organizationCode) {
        if (organizationCode == null || organizationCode.isBlank()) {
            return user.readsEverything() ? DashboardScope.all(null) : ofOrganizations(user);
        }
        Organization chosen = organizations.require("organization", organizationCode.strip());
        if (!(user.readsEverything() || user.belongsTo(chosen) || user.belongsTo(chosen.getParent())
                || (chosen.getParent() != null && user.belongsTo(chosen.getParent().getParent())))) {
            throw new ForbiddenException("无权查看“" + chosen.getName() + "”的绩效目标表（organization）");
        }
        Set<Long> units = new HashSet<>();
        Set<Long> departments = new HashSet<>();
        add(chosen, units, departments);
        return DashboardScope.of(new DashboardScope.OrganizationRef(chosen.getCode(), chosen.getName()), units,
                departments);
    }

    private DashboardScope ofOrganizations(CurrentUser user) {
        Set<Long> units = new HashSet<>();
        Set<Long> departments = new HashSet<>();
        user.organizationCodes().stream()
                .map(organizations::findByCodeOrName)
                .flatMap(Optional::stream)
                .forEach(organization -> add(organization, units, departments));
        return DashboardScope.of(null, units, departments);
    }

    private void add(Organization organization, Set<Long> units, Set<Long> departments) {
        switch (organization.getType()) {
            case UNIT -> units.add(organization.getId());
            case DEPARTMENT -> departments.add(organization.getId());
            case FINANCE -> departments.addAll(jdbc.queryForList(
                    "select id from pt_organization where parent_id = :id and org_type = :type",
                    Map.of("id", organization.getId(), "type", OrganizationType.DEPARTMENT.name()), Long.class));
        }
    }
}
