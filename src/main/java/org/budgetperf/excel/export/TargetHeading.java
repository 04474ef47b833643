package org.budgetperf.excel.export;

import java.math.BigDecimal;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetDetails.OrganizationRef;

/** What every layout starts with: the title, and the rows that say which table it is. */
final class TargetHeading {

    static final String UNIT_NOTE = "单位：万元";
    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

    private TargetHeading() {
    }

    /** {@code 2023年度项目支出绩效目标表}, {@code 2023年度部门整体支出绩效自评表}. */
    static String title(TargetDetails target, ExportTable table) {
        return target.budgetYear() + "年度" + target.typeLabel() + table.label();
    }

    /** 项目名称, 项目编码, 预算年度, the department under {@code departmentLabel}, 实施单位. */
    static void identify(SheetWriter sheet, TargetDetails target, String departmentLabel) {
        sheet.keyValue("项目名称", target.name());
        sheet.keyValue("项目编码", target.code());
        sheet.keyValue("预算年度", String.valueOf(target.budgetYear()));
        sheet.keyValue(departmentLabel, name(target.department()));
        sheet.keyValue("实施单位", name(target.unit()));
    }

    /** Exports show money in 万元; a table kept in 元 is converted. */
    static BigDecimal inWan(BigDecimal amount, TargetDetails target) {
        if (amount == null) {
            return null;
        }
        return "元".equals(target.fundUnit()) ? amount.divide(YUAN_PER_WAN) : amount;
    }

    private static String name(OrganizationRef organization) {
        return organization == null ? null : organization.name();
    }
}
