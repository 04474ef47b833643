package org.budgetperf.approval;

import static org.budgetperf.approval.ApprovalVariables.COMMENT;
import static org.budgetperf.approval.ApprovalVariables.DECISION;
import static org.budgetperf.approval.ApprovalVariables.RESUBMIT_TO_ME;
import static org.budgetperf.approval.ApprovalVariables.RETURN_REASON;
import static org.budgetperf.approval.ApprovalVariables.RETURN_TO;
import static org.budgetperf.approval.ApprovalVariables.REVIEW_CONCLUSION;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ControlCharacters;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a person submitted with a task, through any door (Tasklist, engine REST, {@code /api}): only the fields
 * of the step's form, each a plain string or yes/no. Anything else on the completion is refused, so that no
 * hand-written variable survives into the process. What the form shows of the table is computed when it is read
 * ({@link FormPicture}), never a variable.
 */
public final class FormSubmission {

    private static final List<VariableFactory<?>> SUBMISSION = List.of(DECISION, COMMENT);
    private static final List<VariableFactory<?>> REVIEW = List.of(DECISION, COMMENT, RETURN_REASON);
    private static final Map<ApprovalStep, List<VariableFactory<?>>> FIELDS = new EnumMap<>(Map.ofEntries(
            Map.entry(ApprovalStep.PREPARE, SUBMISSION),
            Map.entry(ApprovalStep.DEPARTMENT_REVIEW, REVIEW),
            Map.entry(ApprovalStep.FINANCE_REVIEW, List.of(DECISION, COMMENT, RETURN_REASON, RETURN_TO, RESUBMIT_TO_ME,
                    REVIEW_CONCLUSION)),
            Map.entry(ApprovalStep.MONITORING_REPORT, SUBMISSION),
            Map.entry(ApprovalStep.MONITORING_JUDGEMENT, SUBMISSION),
            Map.entry(ApprovalStep.EVALUATION_REPORT, SUBMISSION),
            Map.entry(ApprovalStep.OVER_ACHIEVEMENT, SUBMISSION),
            Map.entry(ApprovalStep.CORRECTION_PROPOSAL, SUBMISSION),
            Map.entry(ApprovalStep.CORRECTION_REVIEW, REVIEW),
            Map.entry(ApprovalStep.CORRECTION_DECISION, SUBMISSION),
            Map.entry(ApprovalStep.EVALUATION_REVIEW, REVIEW),
            Map.entry(ApprovalStep.SPOT_CHECK, REVIEW)));

    private FormSubmission() {
    }

    /** The names of the fields the step's form has. */
    static Set<String> fieldsOf(ApprovalStep step) {
        return FIELDS.get(step).stream().map(VariableFactory::getName).collect(Collectors.toSet());
    }

    /**
     * Refuses a completion that carries any variable but the allowed ones. Only the process's variables count: the
     * task's own (local) ones are the engine's or ours ({@link TaskCard}), which nobody else may write.
     */
    public static void refuseForeign(DelegateTask task, Collection<String> allowed, String what) {
        TreeSet<String> foreign = new TreeSet<>(task.getExecution().getVariableNames());
        foreign.removeAll(allowed);
        if (!foreign.isEmpty()) {
            throw new BadRequestException(foreign.first(), what + "只能提交表单中的内容（"
                    + String.join("、", new TreeSet<>(allowed)) + "），不接受：" + String.join("、", foreign));
        }
    }

    static DecisionInput read(DelegateTask task, ApprovalStep step) {
        refuseForeign(task, fieldsOf(step), step.label());
        return new DecisionInput(text(task, DECISION), text(task, COMMENT), text(task, RETURN_REASON),
                text(task, RETURN_TO), yesNo(task, RESUBMIT_TO_ME), text(task, REVIEW_CONCLUSION));
    }

    private static String text(DelegateTask task, VariableFactory<String> field) {
        TypedValue value = typed(task, field, ValueType.STRING);
        String text = value == null ? null : (String) value.getValue();
        int refused = ControlCharacters.firstRefused(text);
        if (refused >= 0) {
            throw new BadRequestException(field.getName(), String.format("表单字段“%s”含有不能保存的控制字符（U+%04X），请删除后重新提交",
                    field.getName(), refused));
        }
        return text;
    }

    private static Boolean yesNo(DelegateTask task, VariableFactory<Boolean> field) {
        TypedValue value = typed(task, field, ValueType.BOOLEAN);
        return value == null ? null : (Boolean) value.getValue();
    }

    private static TypedValue typed(DelegateTask task, VariableFactory<?> field, ValueType expected) {
        TypedValue value = task.getVariableTyped(field.getName(), false);
        if (value == null || value.getType() == ValueType.NULL) {
            return null;
        }
        if (value.getType() != expected) {
            throw new BadRequestException(field.getName(), "表单字段“" + field.getName() + "”应为"
                    + (expected == ValueType.BOOLEAN ? "是/否" : "文字") + "，收到的是 " + value.getType().getName());
        }
        return value;
    }
}
