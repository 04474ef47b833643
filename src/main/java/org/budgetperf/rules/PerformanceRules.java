package org.budgetperf.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.budgetperf.calculation.Achievement;
import org.budgetperf.calculation.Band;
import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.Light;
import org.budgetperf.calculation.Progress;
import org.budgetperf.calculation.ProgressStatement;
import org.budgetperf.calculation.ScoringRules;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/**
 * The thresholds of monitoring and scoring, read from the decisions of {@code bpmn/performance-rules.dmn}:
 * {@code indicatorLight}, {@code limitLight}, {@code statementLight}, {@code budgetLight}, {@code evaluationGrade},
 * {@code qualitativeBand}, {@code groupPoints} and {@code overAchievementThreshold}.
 */
@Component
public class PerformanceRules implements ScoringRules {

    private final Decisions decisions;

    public PerformanceRules(Decisions decisions) {
        this.decisions = decisions;
    }

    /** A "higher is better" or "exactly" indicator's light by its progress in percent. */
    public Light progressLight(BigDecimal progressPercent) {
        return Light.valueOf(required("indicatorLight", Map.of("progress", progressPercent)).getSingleEntry());
    }

    /** A "lower is better" indicator's light: within its limit or over it. */
    public Light limitLight(boolean withinLimit) {
        return Light.valueOf(required("limitLight", Map.of("withinLimit", withinLimit)).getSingleEntry());
    }

    /** A deadline or qualitative indicator's light by the unit's statement. */
    public Light statementLight(ProgressStatement statement) {
        return Light.valueOf(required("statementLight", Map.of("statement", statement.label())).getSingleEntry());
    }

    /** Budget execution's light by its progress against the schedule, in percent. */
    public Light budgetLight(BigDecimal progressPercent) {
        return Light.valueOf(required("budgetLight", Map.of("progress", progressPercent)).getSingleEntry());
    }

    /**
     * An indicator's light from its {@link Progress}; empty where the reviewer judges, nothing is reported yet, or
     * a statement is needed and {@code statement} is {@code null}.
     */
    public Optional<Light> lightOf(Progress progress, ProgressStatement statement) {
        if (progress instanceof Progress.Percent percent) {
            return Optional.of(progressLight(percent.value()));
        }
        if (progress instanceof Progress.WithinLimit limit) {
            return Optional.of(limitLight(limit.within()));
        }
        if (progress instanceof Progress.ByStatement && statement != null) {
            return Optional.of(statementLight(statement));
        }
        return Optional.empty();
    }

    @Override
    public Grade grade(BigDecimal totalScore) {
        return Grade.valueOf(required("evaluationGrade", Map.of("totalScore", totalScore)).getSingleEntry());
    }

    @Override
    public Band band(Achievement achievement) {
        DmnDecisionResultEntries band = required("qualitativeBand", Map.of("achievement", achievement.label()));
        return new Band(decimal(band.getEntry("lowestPercent")), decimal(band.getEntry("highestPercent")));
    }

    @Override
    public Optional<BigDecimal> groupPoints(String group) {
        DmnDecisionResult result = decisions.evaluate("groupPoints", Map.of("group", group));
        return result.isEmpty() ? Optional.empty() : Optional.of(decimal(result.getSingleResult().getSingleEntry()));
    }

    @Override
    public BigDecimal overAchievementPercent() {
        return decimal(required("overAchievementThreshold", Map.of()).getSingleEntry());
    }

    private DmnDecisionResultEntries required(String decisionKey, Map<String, Object> variables) {
        DmnDecisionResult result = decisions.evaluate(decisionKey, variables);
        if (result.isEmpty()) {
            throw new IllegalStateException(Decisions.RESOURCE + ": no rule of " + decisionKey + " matches " + variables);
        }
        return result.getSingleResult();
    }

    private static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }
}
