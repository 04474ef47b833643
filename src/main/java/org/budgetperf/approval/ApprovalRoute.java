package org.budgetperf.approval;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Where the approval process goes, as the BPMN asks it ({@code ${approvalRoute...}}): candidate groups from the
 * table's organizations and gateway conditions from the decisions recorded in the database, never from
 * variables.
 */
@Component("approvalRoute")
public class ApprovalRoute {

    private final ProcessTables tables;
    private final ApprovalHistory history;

    public ApprovalRoute(ProcessTables tables, ApprovalHistory history) {
        this.tables = tables;
        this.history = history;
    }

    private String candidates(DelegateExecution execution, ApprovalStep step) {
        return Deciders.organizationOf(step, tables.of(execution)).groupId();
    }

    public String unitGroup(DelegateExecution execution) {
        return candidates(execution, ApprovalStep.PREPARE);
    }

    public String departmentGroup(DelegateExecution execution) {
        return candidates(execution, ApprovalStep.DEPARTMENT_REVIEW);
    }

    public String financeGroup(DelegateExecution execution) {
        return candidates(execution, ApprovalStep.FINANCE_REVIEW);
    }

    /**
     * Who supervises the unit's year reports (judges free-text lines, reviews corrective measures and the
     * self-evaluation): its department, or the finance bureau for a department's own table.
     */
    public String supervisorGroup(DelegateExecution execution) {
        return Deciders.supervisorOf(tables.of(execution)).groupId();
    }

    /** A department's own table, or finance asked that the resubmission come straight back to it. */
    public boolean straightToFinance(DelegateExecution execution) {
        return tables.of(execution).isDepartmentsOwn()
                || history.lastReturn(execution.getProcessInstanceId())
                        .map(ApprovalDecision::isResubmitToMe).orElse(false);
    }

    public boolean approved(DelegateExecution execution) {
        return last(execution).map(d -> d.getDecision() == Decision.APPROVE).orElse(false);
    }

    public boolean rejected(DelegateExecution execution) {
        return last(execution).map(d -> d.getDecision() == Decision.REJECT).orElse(false);
    }

    public boolean returned(DelegateExecution execution) {
        return last(execution).map(d -> d.getDecision() == Decision.RETURN).orElse(false);
    }

    public boolean returnedToDepartment(DelegateExecution execution) {
        return returned(execution) && last(execution).map(d -> d.getReturnTo() == ReturnTo.DEPARTMENT).orElse(false);
    }

    public boolean returnedToUnit(DelegateExecution execution) {
        return returned(execution) && !returnedToDepartment(execution);
    }

    private Optional<ApprovalDecision> last(DelegateExecution execution) {
        return history.last(execution.getProcessInstanceId());
    }
}
