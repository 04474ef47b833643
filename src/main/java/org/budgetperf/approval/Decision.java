package org.budgetperf.approval;

public enum Decision {
    SUBMIT("提交"),
    APPROVE("通过"),
    RETURN("退回修改"),
    REJECT("不予安排"),
    WITHDRAW("撤回"),
    CONTINUE("继续执行"),
    /** Finance's corrective decision, and the opening of an adjustment of a published table (its unit, or finance). */
    ADJUST("调整目标"),
    SUSPEND("暂缓拨付"),
    STOP("终止项目");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
