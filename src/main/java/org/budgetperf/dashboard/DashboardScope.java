package org.budgetperf.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables a dashboard query covers, as a condition on pt_dashboard_table {@code d}: everything, or the tables of
 * some units and of some supervising departments. {@code named} is the organization the caller chose, if any.
 */
record DashboardScope(OrganizationRef named, boolean everything, Set<Long> unitIds, Set<Long> departmentIds) {

    record OrganizationRef(String code, String name) {
    }

    static DashboardScope all(OrganizationRef named) {
        return new DashboardScope(named, true, Set.of(), Set.of());
    }

    static DashboardScope of(OrganizationRef named, Set<Long> unitIds, Set<Long> departmentIds) {
        return new DashboardScope(named, false, new TreeSet<>(unitIds), new TreeSet<>(departmentIds));
    }

    /** Only the parts that can match, so that a department's or a unit's scope is one indexed condition. */
    String condition() {
        if (everything) {
            return "1 = 1";
        }
        if (unitIds.isEmpty() || departmentIds.isEmpty()) {
            return unitIds.isEmpty() ? "d.department_id in (:scopeDepartments)" : "d.unit_id in (:scopeUnits)";
        }
        return "(d.unit_id in (:scopeUnits) or d.department_id in (:scopeDepartments))";
    }

    Map<String, Object> parameters(int year) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("year", year);
        parameters.put("scopeUnits", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds));
        parameters.put("scopeDepartments", departmentIds.isEmpty() ? List.of(-1L) : List.copyOf(departmentIds));
        return parameters;
    }
}
