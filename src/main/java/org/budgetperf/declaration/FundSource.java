package org.budgetperf.declaration;

public enum FundSource {
    TOTAL("资金总额"),
    GENERAL_PUBLIC_BUDGET("一般公共预算资金"),
    GOVERNMENT_FUND("政府性基金"),
    STATE_CAPITAL("国有资本金"),
    SOCIAL_SECURITY_FUND("社保基金"),
    FISCAL_SPECIAL_ACCOUNT("财政专户管理资金"),
    PRIOR_YEAR_CARRYOVER("上年结转资金"),
    FISCAL("财政资金"),
    OTHER("其他资金");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
