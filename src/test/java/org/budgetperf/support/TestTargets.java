package org.budgetperf.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.declaration.TargetRequest.ExpenditureLine;
import org.budgetperf.declaration.TargetRequest.FundSourceLine;
import org.budgetperf.declaration.TargetRequest.IndicatorLine;
import org.budgetperf.declaration.TargetType;

/** Small tables under the demo organizations, each with a code of its own so that tests never collide. */
public final class TestTargets {

    public static final String JS_DEPARTMENT = "JS-HSZH";
    public static final String JS_UNIT = "JS-HSZH-LLHZ";
    public static final String JS_UNIT_2 = "JS-HSZH-BZJZ";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The demo users' Camunda groups, as src/main/resources/demo/users.json gives them. */
    public static final java.util.Map<String, List<String>> GROUPS = java.util.Map.of(
            "unit-staff", List.of("org-JS-HSZH-LLHZ", "preparer"),
            "unit-staff-2", List.of("org-JS-HSZH-BZJZ", "preparer"),
            "dept-reviewer", List.of("org-JS-HSZH", "reviewer"),
            "dept-reviewer-2", List.of("org-JS-HSZH", "reviewer"),
            "finance-reviewer", List.of("org-JS-CZT", "reviewer"),
            "finance-reviewer-2", List.of("org-JS-CZT", "reviewer"),
            "manager", List.of("manager"),
            "admin", List.of("camunda-admin"));

    public static org.budgetperf.security.CurrentUser user(String userId) {
        return new org.budgetperf.security.CurrentUser(userId, java.util.Set.copyOf(GROUPS.get(userId)));
    }

    private TestTargets() {
    }

    public static String uniqueCode() {
        return "T" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    public static TargetRequest project(String unitCode) {
        return request(uniqueCode(), TargetType.PROJECT, JS_DEPARTMENT, unitCode);
    }

    /** A project of the unit whose name and annual goal are the given texts. */
    public static TargetRequest projectNamed(String unitCode, String name, String annualGoal) {
        return named(project(unitCode), name, annualGoal);
    }

    /** The same table under another name and annual goal. */
    public static TargetRequest named(TargetRequest r, String name, String annualGoal) {
        return new TargetRequest(r.code(), r.budgetYear(), r.type(), name, r.departmentCode(), r.unitCode(),
                r.category(), r.projectLevel(), r.startYear(), r.endYear(), r.responsiblePerson(), r.contactPhone(),
                r.rationale(), r.feasibility(), r.content(), r.midLongTermGoal(), annualGoal, r.fundUnit(), r.funds(),
                r.expenditures(), r.basicExpenditure(), r.projectExpenditure(), r.duties(), r.keyTasks(),
                r.headCount(), r.assets(), r.dutyGoals(), r.indicators());
    }

    /** The same table in another budget year. */
    public static TargetRequest inYear(TargetRequest r, int budgetYear) {
        return new TargetRequest(r.code(), budgetYear, r.type(), r.name(), r.departmentCode(), r.unitCode(),
                r.category(), r.projectLevel(), r.startYear(), r.endYear(), r.responsiblePerson(), r.contactPhone(),
                r.rationale(), r.feasibility(), r.content(), r.midLongTermGoal(), r.annualGoal(), r.fundUnit(),
                r.funds(), r.expenditures(), r.basicExpenditure(), r.projectExpenditure(), r.duties(), r.keyTasks(),
                r.headCount(), r.assets(), r.dutyGoals(), r.indicators());
    }

    /** The same table with the half-year and full-year values of the indicator named {@code level3} changed. */
    public static TargetRequest withValues(TargetRequest r, String level3, String halfYearValue,
                                           String fullYearValue) {
        List<IndicatorLine> indicators = r.indicators().stream()
                .map(i -> i.level3().equals(level3) ? new IndicatorLine(i.level1(), i.level2(), i.level3(),
                        i.description(), halfYearValue, fullYearValue, i.explanation(), i.basis(), i.formula(),
                        i.scoringRule(), i.weight()) : i)
                .toList();
        return new TargetRequest(r.code(), r.budgetYear(), r.type(), r.name(), r.departmentCode(), r.unitCode(),
                r.category(), r.projectLevel(), r.startYear(), r.endYear(), r.responsiblePerson(), r.contactPhone(),
                r.rationale(), r.feasibility(), r.content(), r.midLongTermGoal(), r.annualGoal(), r.fundUnit(),
                r.funds(), r.expenditures(), r.basicExpenditure(), r.projectExpenditure(), r.duties(), r.keyTasks(),
                r.headCount(), r.assets(), r.dutyGoals(), indicators);
    }

    public static TargetRequest departmentsOwn() {
        return request(uniqueCode(), TargetType.DEPARTMENT, JS_DEPARTMENT, JS_DEPARTMENT);
    }

    public static TargetRequest request(String code, TargetType type, String departmentCode, String unitCode) {
        return new TargetRequest(code, 2025, type, "测试项目" + code, departmentCode, unitCode, "一次性项目", "省本级",
                2025, 2025, "测试人", "025-00000000", "<p>立项必要性</p>", null, "<p>项目实施内容</p>", null,
                "<p>年度目标</p>", "万元",
                List.of(new FundSourceLine(FundSource.TOTAL, new BigDecimal("10.00"), null),
                        new FundSourceLine(FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("10.00"), null)),
                List.of(new ExpenditureLine("测试单位", new BigDecimal("10.00"), new BigDecimal("4.50"))),
                null, null, null, null, null, null, null,
                List.of(new IndicatorLine("产出指标", "数量指标", "组织交流活动", null, "≥0次", "≥2次", null, null, null,
                                null, null),
                        new IndicatorLine("满意度指标", "服务对象满意度", "参与人员满意度", null, "≥90%", "≥90%", null,
                                null, null, null, null)));
    }
}
