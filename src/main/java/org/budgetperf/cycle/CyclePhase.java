package org.budgetperf.cycle;

/** The phases of a table's year after publication, each a short process of its own opened on its date. */
public enum CyclePhase {
    MONITORING("target-monitoring", "半年绩效监控"),
    SELF_EVALUATION("target-self-evaluation", "年度绩效自评");

    private final String processKey;
    private final String label;

    CyclePhase(String processKey, String label) {
        this.processKey = processKey;
        this.label = label;
    }

    /** The phase whose process a definition id ({@code key:version:id}) belongs to. */
    public static CyclePhase ofProcessDefinition(String processDefinitionId) {
        String key = processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
        return java.util.Arrays.stream(values()).filter(phase -> phase.processKey.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("不是年度环节的流程：" + processDefinitionId));
    }

    public String processKey() {
        return processKey;
    }

    public String label() {
        return label;
    }
}
