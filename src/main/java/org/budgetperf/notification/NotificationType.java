package org.budgetperf.notification;

public enum NotificationType {
    REMINDER("到期提醒"),
    ESCALATION("超时升级"),
    RETURNED("退回通知"),
    APPROVED("批复通知"),
    WARNING("偏差预警"),
    FUNDS_DECISION("纠偏决定"),
    ADJUSTMENT("调整通知"),
    EVALUATION("自评结果"),
    URGE("催办"),
    TRANSFER("转办通知"),
    DELEGATE("委派通知"),
    COSIGN("加签通知"),
    COPY("抄送通知");

    private final String label;

    NotificationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
