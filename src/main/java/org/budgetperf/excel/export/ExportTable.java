package org.budgetperf.excel.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.budgetperf.common.BadRequestException;

/** The layouts a target can be exported in, named by the {@code table} request parameter. */
public enum ExportTable {
    TARGET("target", "绩效目标表"),
    MONITORING("monitoring", "绩效运行监控表"),
    EVALUATION("evaluation", "绩效自评表");

    private final String key;
    private final String label;

    ExportTable(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public static ExportTable of(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(table -> table.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException("table", "未知的导出表格类型“" + value + "”，可选："
                        + Arrays.stream(values()).map(table -> table.key + "（" + table.label + "）")
                                .collect(Collectors.joining("、"))));
    }

    public String key() {
        return key;
    }

    /** {@code 绩效目标表}: the end of the sheet title and of the file name. */
    public String label() {
        return label;
    }
}
