package org.budgetperf.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.budgetperf.approval.FormSubmission;
import org.budgetperf.common.BadRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.type.SpinValueType;

/**
 * What a unit submitted with a year report task (the monitoring report, the self-evaluation): only the form's
 * list fields, each JSON, read into the same request the REST API takes. Anything else on the completion is
 * refused, as for the approval tasks.
 */
final class ReportSubmission {

    private static final String DECISION = "decision";
    private static final String COMMENT = "comment";

    private ReportSubmission() {
    }

    /**
     * A completion that carries the decision SUBMIT (and perhaps a comment) instead of the lists: {@code /api}'s
     * way of submitting the report recorded through it. The decision and comment are removed from the process.
     */
    static boolean submitsRecorded(DelegateTask task) {
        TypedValue decision = task.getExecution().getVariableTyped(DECISION, false);
        if (decision == null) {
            return false;
        }
        if (!"SUBMIT".equals(decision.getValue())) {
            throw new BadRequestException(DECISION, "填报任务只能提交（SUBMIT）");
        }
        FormSubmission.refuseForeign(task, List.of(DECISION, COMMENT), "提交已保存的内容时");
        task.getExecution().removeVariable(DECISION);
        task.getExecution().removeVariable(COMMENT);
        return true;
    }

    /** The submitted lists as one JSON object ({@code {"results": [...], "budget": [...]}}) of the request's type. */
    static <R> R read(DelegateTask task, List<String> listFields, Class<R> type, ObjectMapper json) {
        FormSubmission.refuseForeign(task, listFields, "本任务");
        ObjectNode request = json.createObjectNode();
        for (String field : listFields) {
            request.set(field, list(task, field, json));
        }
        try {
            return json.treeToValue(request, type);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(listFields.get(0), "表单内容格式不正确：" + e.getOriginalMessage());
        }
    }

    /**
     * A completion sets the form's values on the process (through any door), where they are read and removed; a
     * task opened before the forms were computed on reading may still hold task-local copies the Tasklist updates.
     */
    private static JsonNode list(DelegateTask task, String field, ObjectMapper json) {
        TypedValue submitted = task.getExecution().getVariableTyped(field, false);
        task.getExecution().removeVariable(field);
        TypedValue value = submitted != null ? submitted : task.getVariableLocalTyped(field, false);
        if (value == null || value.getType() == ValueType.NULL) {
            return json.createArrayNode();
        }
        boolean text = value.getType() == ValueType.STRING || value.getType() == SpinValueType.JSON;
        if (!text) {
            throw new BadRequestException(field, "表单字段“" + field + "”应为列表（JSON），收到的是 " + value.getType().getName());
        }
        try {
            String serialized = value instanceof SerializableValue spin ? spin.getValueSerialized()
                    : String.valueOf(value.getValue());
            JsonNode list = json.readTree(serialized);
            if (!list.isArray()) {
                throw new BadRequestException(field, "表单字段“" + field + "”应为列表");
            }
            return list;
        } catch (JsonProcessingException e) {
            throw new BadRequestException(field, "表单字段“" + field + "”不是有效的 JSON");
        }
    }
}
