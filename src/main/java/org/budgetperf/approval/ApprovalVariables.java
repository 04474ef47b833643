package org.budgetperf.approval;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.List;
import org.budgetperf.common.TableProcesses;

/**
 * The approval process's only variables: what a person submits with a task. {@link RecordDecision} reads them
 * once, records the decision and removes them. Nothing that routes the process, grants access or carries an
 * amount is a variable: the table comes from the business key, routing from the recorded decisions.
 */
public final class ApprovalVariables {

    public static final String PROCESS_KEY = TableProcesses.APPROVAL;
    public static final String WITHDRAW_MESSAGE = "TargetWithdrawn";
    /** Every process of a table's year (approval, monitoring, self-evaluation): /api lists and works on their tasks. */
    public static final String[] TABLE_PROCESSES = TableProcesses.KEYS.toArray(String[]::new);

    public static final VariableFactory<String> DECISION = stringVariable("decision");
    public static final VariableFactory<String> COMMENT = stringVariable("comment");
    public static final VariableFactory<String> RETURN_REASON = stringVariable("returnReason");
    public static final VariableFactory<String> RETURN_TO = stringVariable("returnTo");
    public static final VariableFactory<Boolean> RESUBMIT_TO_ME = booleanVariable("resubmitToMe");
    public static final VariableFactory<String> REVIEW_CONCLUSION = stringVariable("reviewConclusion");

    /** Every field any approval form submits. */
    public static final List<VariableFactory<?>> FORM_FIELDS = List.of(DECISION, COMMENT, RETURN_REASON, RETURN_TO,
            RESUBMIT_TO_ME, REVIEW_CONCLUSION);

    private ApprovalVariables() {
    }
}
