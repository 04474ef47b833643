package org.budgetperf.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.budgetperf.calculation.BudgetProgress;
import org.budgetperf.calculation.IndicatorProgress;
import org.budgetperf.calculation.Light;
import org.budgetperf.calculation.Progress;
import org.budgetperf.calculation.ProgressStatement;
import org.budgetperf.calculation.Rounding;
import org.budgetperf.declaration.TargetDetails.IndicatorView;
import org.budgetperf.indicator.IndicatorValueParser;
import org.budgetperf.rules.PerformanceRules;
import org.springframework.stereotype.Component;

/**
 * The computed figures of a report, by the calculation package and the bands of {@code bpmn/performance-rules.dmn}:
 * indicator progress and light, budget execution rate, progress against the half-year plan and light.
 */
@Component
class ReportFigures {

    /** The report covers January to June (1-6月). */
    static final int MONTHS_ELAPSED = 6;

    record IndicatorFigures(BigDecimal progress, Light light) {
    }

    record BudgetFigures(BigDecimal executionRate, BigDecimal scheduleRate, Light light) {
    }

    private final PerformanceRules rules;
    private final IndicatorValueParser parser;

    ReportFigures(PerformanceRules rules, IndicatorValueParser parser) {
        this.rules = rules;
        this.parser = parser;
    }

    /**
     * By the figures, or by the statement for deadline and qualitative indicators; a statement of 滞后 or 无法完成
     * given for a measured indicator counts as well, the worse light winning.
     */
    IndicatorFigures indicator(IndicatorView indicator, String halfYearActual, ProgressStatement statement) {
        Progress progress = IndicatorProgress.of(parser.parse(indicator.fullYearText()),
                indicator.halfYearText() == null ? null : parser.parse(indicator.halfYearText()),
                halfYearActual, MONTHS_ELAPSED);
        Optional<Light> measured = rules.lightOf(progress, statement);
        Optional<Light> stated = statement == null ? Optional.empty() : Optional.of(rules.statementLight(statement));
        return new IndicatorFigures(progress instanceof Progress.Percent percent ? percent.value() : null,
                Light.worstOf(Stream.concat(measured.stream(), stated.stream()).toList()).orElse(null));
    }

    BudgetFigures budget(BigDecimal executed, BigDecimal annualBudget, BigDecimal planned) {
        Optional<BigDecimal> schedule = BudgetProgress.percent(executed, annualBudget, planned, MONTHS_ELAPSED);
        BigDecimal rate = annualBudget == null || annualBudget.signum() <= 0 ? null
                : Rounding.percent(executed, annualBudget);
        return new BudgetFigures(rate, schedule.orElse(null), schedule.map(rules::budgetLight).orElse(null));
    }

    static Optional<Light> worst(List<Light> lights) {
        return Light.worstOf(lights.stream().filter(java.util.Objects::nonNull).toList());
    }
}
