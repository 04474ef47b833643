package org.budgetperf.approval;

import java.util.List;
import java.util.Set;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.organization.Organization;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The person completing a step must belong to the organization the step is for (the unit prepares, its
 * department reviews, the finance bureau above it approves), whatever the engine's own grants allow, so that
 * neither a widened candidate group nor an administrator's ALL permission decides in another's name.
 */
@Component
public class Deciders {

    private final IdentityService identity;

    public Deciders(IdentityService identity) {
        this.identity = identity;
    }

    /** The deciding person's user id, once checked. */
    public String require(ApprovalStep step, PerformanceTarget target) {
        return requireCaller(step, target).userId();
    }

    /** The deciding person with the groups the engine knows them by, once checked. */
    public CurrentUser requireCaller(ApprovalStep step, PerformanceTarget target) {
        Authentication current = identity.getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            throw new ForbiddenException("无法确定办理人：请登录后办理");
        }
        Organization organization = organizationOf(step, target);
        List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
        if (!groups.contains(organization.groupId())) {
            throw new ForbiddenException("只有“" + organization.getName() + "”的人员可以办理“" + step.label() + "”");
        }
        return new CurrentUser(current.getUserId(), Set.copyOf(groups));
    }

    /** Who supervises the unit's reports: its department, or the finance bureau for a department's own table. */
    static Organization supervisorOf(PerformanceTarget target) {
        return target.isDepartmentsOwn() ? target.financeBureau() : target.getDepartment();
    }

    /** The organization whose people work on the step. */
    public static Organization organizationOf(ApprovalStep step, PerformanceTarget target) {
        return switch (step) {
            case PREPARE, MONITORING_REPORT, OVER_ACHIEVEMENT, CORRECTION_PROPOSAL, EVALUATION_REPORT -> target.getUnit();
            case DEPARTMENT_REVIEW -> target.getDepartment();
            case MONITORING_JUDGEMENT, CORRECTION_REVIEW, EVALUATION_REVIEW -> supervisorOf(target);
            case FINANCE_REVIEW, CORRECTION_DECISION, SPOT_CHECK -> target.financeBureau();
        };
    }
}
