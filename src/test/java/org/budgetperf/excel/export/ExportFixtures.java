package org.budgetperf.excel.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.budgetperf.indicator.IndicatorValueParser;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.declaration.ParsedValue;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetDetails.DutyGoalView;
import org.budgetperf.declaration.TargetDetails.ExpenditureView;
import org.budgetperf.declaration.TargetDetails.FundView;
import org.budgetperf.declaration.TargetDetails.IndicatorView;
import org.budgetperf.declaration.TargetDetails.OrganizationRef;
import org.budgetperf.declaration.TargetStatus;
import org.budgetperf.declaration.TargetType;

/** Tables as {@link TargetDetails}, the shape the writers read, built without a database. */
final class ExportFixtures {

    private static final IndicatorValueParser PARSER = new IndicatorValueParser();
    static final OrganizationRef DEPARTMENT = new OrganizationRef("JS-HSZH", "江苏省红十字会");
    static final OrganizationRef UNIT = new OrganizationRef("JS-HSZH-LLHZ", "江苏省红十字会联络与合作中心");

    private ExportFixtures() {
    }

    /** Seed 000's shape: five indicators in two level-1 runs, the first with two level-2 runs. */
    static List<IndicatorView> seed000Indicators() {
        return List.of(
                indicator("决策", "项目立项", "立项程序规范性", "规范", "规范"),
                indicator("决策", "项目立项", "立项依据充分性", "充分", "充分"),
                indicator("决策", "绩效目标", "绩效目标合理性", "合理", "合理"),
                indicator("产出指标", "数量指标", "组织交流活动", "≥0次", "≥2次"),
                indicator("产出指标", "质量指标", "达成交流目标", "=100%", "=100%"));
    }

    static IndicatorView indicator(String level1, String level2, String level3, String half, String full) {
        return new IndicatorView(null, level1, level2, level3, null, value(half), value(full), null, null, null, null, null);
    }

    static ParsedValue value(String raw) {
        return raw == null ? null : ParsedValue.of(PARSER.parse(raw));
    }

    static TargetDetails project(String code, String fundUnit, List<IndicatorView> indicators) {
        BigDecimal total = "元".equals(fundUnit) ? new BigDecimal("176000") : new BigDecimal("17.6");
        BigDecimal half = "元".equals(fundUnit) ? new BigDecimal("35000") : new BigDecimal("3.5");
        return new TargetDetails(1L, code, 2023, code + "-2023", TargetType.PROJECT, TargetType.PROJECT.label(),
                "联络与合作工作专项经费", TargetStatus.DRAFT, TargetStatus.DRAFT.label(), Instant.now(), 1,
                new OrganizationRef("JS-CZT", "江苏省财政厅"), DEPARTMENT, UNIT, "常年安排项目", "省本级", 2022, 2024,
                "陈大玲", "025-83318696", "<p>立项必要性第一段</p><p>第二段</p>", null, "<p>项目实施内容</p>", null,
                "<p>开展一次两岸交流活动，100%受理查人转信服务</p>", null, null, null, null, fundUnit, total, null, null,
                List.of(new FundView(FundSource.TOTAL, FundSource.TOTAL.label(), total, null),
                        new FundView(FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GENERAL_PUBLIC_BUDGET.label(), total,
                                null)),
                List.of(new ExpenditureView("江苏省红十字会联络与合作中心", total, half)), List.of(), indicators,
                Instant.now(), Instant.now(), 0);
    }

    static TargetDetails department(String code) {
        IndicatorView indicator = new IndicatorView(null, "产出指标", "数量指标", "编印《福建省红十字会年报》", null, null,
                value("≥300.00册"), "加强全省红十字会系统工作成效交流与宣传", "《红十字会法》", "统计法",
                "得分=完成数量/目标数量*指标分值", new BigDecimal("5.5"));
        OrganizationRef department = new OrganizationRef("338601", "福建省红十字会");
        return new TargetDetails(2L, code, 2021, code + "-2021", TargetType.DEPARTMENT, TargetType.DEPARTMENT.label(),
                "福建省红十字会(本级)部门整体支出绩效目标", TargetStatus.DRAFT, TargetStatus.DRAFT.label(), Instant.now(), 1,
                new OrganizationRef("FJ-CZT", "福建省财政厅"), department, department, null, null, null, null, null,
                null, null, null, null, null, "<p>全力落实各项工作任务</p>", "<p>部门职责</p>", "<p>重点任务</p>", null, 42,
                "万元", new BigDecimal("2120.91"), new BigDecimal("1001.11"), new BigDecimal("1119.80"),
                List.of(new FundView(FundSource.TOTAL, FundSource.TOTAL.label(), new BigDecimal("2120.91"), null)),
                List.of(),
                List.of(new DutyGoalView("开展急救培训", "全力打造“红十字在身边”品牌工程", "群众性急救公益服务项目",
                        new BigDecimal("662.00"))),
                List.of(indicator), Instant.now(), Instant.now(), 0);
    }
}
