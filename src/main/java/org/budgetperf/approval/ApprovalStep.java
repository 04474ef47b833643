package org.budgetperf.approval;

import java.util.Arrays;
import java.util.Optional;

/** The user tasks of a table's processes (approval, monitoring, self-evaluation), by their BPMN ids. */
public enum ApprovalStep {
    PREPARE("prepare", "编制提交"),
    DEPARTMENT_REVIEW("departmentReview", "主管部门审核"),
    FINANCE_REVIEW("financeReview", "财政部门审核"),
    MONITORING_REPORT("reportMonitoring", "填报半年监控"),
    MONITORING_JUDGEMENT("judgeMonitoring", "评定文字类指标"),
    OVER_ACHIEVEMENT("explainOverAchievement", "说明超额完成原因"),
    CORRECTION_PROPOSAL("proposeCorrection", "提出纠偏措施"),
    CORRECTION_REVIEW("reviewCorrection", "审核纠偏措施"),
    CORRECTION_DECISION("decideCorrection", "财政部门纠偏决定"),
    EVALUATION_REPORT("reportSelfEvaluation", "填报年度自评"),
    EVALUATION_REVIEW("reviewEvaluation", "主管部门审核自评"),
    SPOT_CHECK("spotCheckEvaluation", "财政部门抽查");

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
