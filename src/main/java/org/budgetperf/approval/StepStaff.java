package org.budgetperf.approval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.organization.Organization;
import org.budgetperf.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who may hold a step's task: the people of the step's organization ({@link Deciders#organizationOf}) in its role
 * group, preparers for a unit's own steps and reviewers for the rest (a department prepares its own table as
 * reviewers). Transfers, delegations and co-signers stay among them, whichever door the change comes through.
 */
@Component
public class StepStaff {

    private final IdentityService identity;
    private final TrustedEngineCalls trusted;

    public StepStaff(IdentityService identity, TrustedEngineCalls trusted) {
        this.identity = identity;
        this.trusted = trusted;
    }

    public boolean mayHold(ApprovalStep step, PerformanceTarget target, String userId) {
        return userId != null && trusted.call(() -> identity.createUserQuery().userId(userId)
                .memberOfGroup(Deciders.organizationOf(step, target).groupId()).count() > 0
                && identity.createUserQuery().userId(userId).memberOfGroup(roleOf(step, target)).count() > 0);
    }

    /** Everyone who may hold the step's task, by login id. */
    public List<String> of(ApprovalStep step, PerformanceTarget target) {
        Set<String> inRole = new HashSet<>(ids(roleOf(step, target)));
        return ids(Deciders.organizationOf(step, target).groupId()).stream().filter(inRole::contains).sorted()
                .toList();
    }

    /** The message for a person outside the step's staff, naming the organization and role. */
    public String outsider(ApprovalStep step, PerformanceTarget target) {
        Organization organization = Deciders.organizationOf(step, target);
        return "“" + step.label() + "”只能由“" + organization.getName() + "”的"
                + (Roles.PREPARER.equals(roleOf(step, target)) ? "填报人" : "审核人") + "办理";
    }

    private List<String> ids(String groupId) {
        return trusted.call(() -> identity.createUserQuery().memberOfGroup(groupId).list()).stream()
                .map(User::getId).toList();
    }

    private static String roleOf(ApprovalStep step, PerformanceTarget target) {
        boolean unitsOwnStep = Deciders.organizationOf(step, target) == target.getUnit();
        return unitsOwnStep && !target.isDepartmentsOwn() ? Roles.PREPARER : Roles.REVIEWER;
    }
}
