package org.budgetperf.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.evaluation.EvaluationRequest;
import org.budgetperf.evaluation.EvaluationRequest.BudgetExecutionLine;
import org.budgetperf.evaluation.EvaluationRequest.IndicatorResultLine;
import org.budgetperf.declaration.FundSource;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.declaration.TargetRequest.DutyGoalLine;
import org.budgetperf.declaration.TargetRequest.FundSourceLine;
import org.budgetperf.declaration.TargetRequest.IndicatorLine;
import org.budgetperf.declaration.TargetType;

/**
 * Seed 002 (苏州市红十字会 2023 self-evaluation) as test data: a department table under the Jiangsu demo department
 * carrying the seed's indicators, and the evaluation the seed reports, both read from the TSVs under
 * {@code src/test/resources/seeds/}. Level names left blank in the seed continue the row above.
 */
public final class Seed002 {

    public static final String INDICATORS = "002-self-evaluation.tsv";
    public static final String BUDGET = "002-budget.tsv";

    private Seed002() {
    }

    /** The seed's indicator rows with level-1 and level-2 names carried down. */
    public static List<List<String>> indicatorRows() {
        List<List<String>> rows = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        for (List<String> row : SeedTsv.rows(INDICATORS)) {
            level1 = row.get(0).isBlank() ? level1 : row.get(0);
            level2 = row.get(1).isBlank() ? level2 : row.get(1);
            List<String> filled = new ArrayList<>(row);
            filled.set(0, level1);
            filled.set(1, level2);
            rows.add(filled);
        }
        return rows;
    }

    public static TargetRequest departmentTarget() {
        String code = TestTargets.uniqueCode();
        List<IndicatorLine> indicators = indicatorRows().stream()
                .map(row -> new IndicatorLine(row.get(0), row.get(1), row.get(2), null, null, row.get(3), null, null,
                        null, null, null))
                .toList();
        return new TargetRequest(code, 2023, TargetType.DEPARTMENT, "苏州市红十字会部门整体支出" + code,
                TestTargets.JS_DEPARTMENT, TestTargets.JS_DEPARTMENT, null, null, null, null, null, null, null, null,
                null, null, "<p>推动各项工作取得新进展。</p>", "万元",
                List.of(new FundSourceLine(FundSource.TOTAL, new BigDecimal("1075.37"), null),
                        new FundSourceLine(FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("1075.37"), null)),
                List.of(), new BigDecimal("785.72"), new BigDecimal("289.65"), "<p>参与宣传和推动无偿献血</p>", null,
                16, null,
                List.of(new DutyGoalLine("参与宣传和推动无偿献血与造血干细胞捐献者工作", "组织开展骨髓捐献者日志愿者活动",
                        "红十字公益服务工作经费", new BigDecimal("93.55"))),
                indicators);
    }

    /** The seed's evaluation: every budget line (amounts parsed as printed) and every indicator's result. */
    public static EvaluationRequest evaluation() {
        List<BudgetExecutionLine> budget = SeedTsv.rows(BUDGET).stream()
                .map(row -> new BudgetExecutionLine(row.get(0), amount(row.get(1)), amount(row.get(2)),
                        amount(row.get(3)), amount(row.get(4))))
                .toList();
        List<IndicatorResultLine> results = indicatorRows().stream()
                .map(row -> new IndicatorResultLine(row.get(0), row.get(1), row.get(2), row.get(4), row.get(5),
                        row.get(7)))
                .toList();
        return new EvaluationRequest(budget, results);
    }

    private static BigDecimal amount(String printed) {
        return printed.isBlank() ? null : new BigDecimal(printed.strip());
    }
}
