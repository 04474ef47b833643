package org.budgetperf.approval;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** Every process variable of the approval process, named once. The tables themselves live in JPA entities. */
public final class ApprovalVariables {

    public static final String PROCESS_KEY = "target-approval";
    public static final String WITHDRAW_MESSAGE = "TargetWithdrawn";

    public static final VariableFactory<Long> TARGET_ID = longVariable("targetId");
    public static final VariableFactory<String> TARGET_CODE = stringVariable("targetCode");
    public static final VariableFactory<String> TARGET_NAME = stringVariable("targetName");
    public static final VariableFactory<Integer> BUDGET_YEAR = intVariable("budgetYear");
    public static final VariableFactory<String> TARGET_TYPE = stringVariable("targetType");
    public static final VariableFactory<String> UNIT_GROUP = stringVariable("unitGroup");
    public static final VariableFactory<String> DEPARTMENT_GROUP = stringVariable("departmentGroup");
    public static final VariableFactory<String> FINANCE_GROUP = stringVariable("financeGroup");
    public static final VariableFactory<Boolean> SKIP_DEPARTMENT_REVIEW = booleanVariable("skipDepartmentReview");

    /** Where the unit's next submission goes: NONE (the normal route) or FINANCE (straight back to finance). */
    public static final VariableFactory<String> RESUBMIT_TARGET = stringVariable("resubmitTarget");
    /** The last decision, normalised; the gateways read it. */
    public static final VariableFactory<String> LAST_DECISION = stringVariable("lastDecision");
    /** With a finance RETURN: UNIT or DEPARTMENT. */
    public static final VariableFactory<String> RETURNED_TO = stringVariable("returnedTo");

    /**
     * What a form or an API call submits with a task; read once by {@link RecordDecision}, then removed, so
     * that no stale value pre-fills the next form.
     */
    public static final VariableFactory<String> DECISION = stringVariable("decision");
    public static final VariableFactory<String> RETURN_TO = stringVariable("returnTo");
    public static final VariableFactory<String> COMMENT = stringVariable("comment");
    public static final VariableFactory<String> RETURN_REASON = stringVariable("returnReason");
    public static final VariableFactory<Boolean> RESUBMIT_TO_ME = booleanVariable("resubmitToMe");
    public static final VariableFactory<String> REVIEW_CONCLUSION = stringVariable("reviewConclusion");

    private ApprovalVariables() {
    }
}
