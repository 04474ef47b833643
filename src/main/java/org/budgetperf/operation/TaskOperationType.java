package org.budgetperf.operation;

/** What a person did to a task beside deciding it. */
public enum TaskOperationType {
    TRANSFER("转办"),
    DELEGATE("委派"),
    RESOLVE("委派办结"),
    COSIGN("加签"),
    COSIGN_APPROVE("会签同意"),
    COSIGN_RETURN("会签退回"),
    COPY("抄送"),
    URGE("催办"),
    COMMENT("意见"),
    ATTACH("上传附件");

    private final String label;

    TaskOperationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
