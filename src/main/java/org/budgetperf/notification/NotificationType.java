package org.budgetperf.notification;

public enum NotificationType {
    REMINDER("到期提醒"),
    ESCALATION("超时升级"),
    RETURNED("退回通知"),
    APPROVED("批复通知"),
    WARNING("偏差预警"),
    FUNDS_DECISION("纠偏决定"),
    ADJUSTMENT("调整通知"),
    EVALUATION("自评结果");

    private final String label;

    NotificationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
