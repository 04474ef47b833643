package org.budgetperf.approval;

import java.util.Arrays;
import java.util.Optional;

/** The user tasks of the approval process, by their BPMN ids. */
public enum ApprovalStep {
    PREPARE("prepare", "编制提交"),
    DEPARTMENT_REVIEW("departmentReview", "主管部门审核"),
    FINANCE_REVIEW("financeReview", "财政部门审核");

    private final String taskKey;
    private final String label;

    ApprovalStep(String taskKey, String label) {
        this.taskKey = taskKey;
        this.label = label;
    }

    public static Optional<ApprovalStep> ofTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(step -> step.taskKey.equals(taskKey)).findFirst();
    }

    public String taskKey() {
        return taskKey;
    }

    public String label() {
        return label;
    }
}
