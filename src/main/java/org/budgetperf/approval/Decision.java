package org.budgetperf.approval;

public enum Decision {
    SUBMIT("提交"),
    APPROVE("通过"),
    RETURN("退回修改"),
    REJECT("不予安排"),
    WITHDRAW("撤回"),
    /** Opens an adjustment of a published table (its unit, or finance ordering it); never a form's decision. */
    ADJUST("发起调整");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
