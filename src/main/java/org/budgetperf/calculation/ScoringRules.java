package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.Optional;

/** The thresholds the calculations need, kept where a finance bureau can change them (the rules' DMN file). */
public interface ScoringRules {

    /** The group budget execution is weighted under. */
    String BUDGET_EXECUTION = "预算执行";

    /** The points of a weight group ({@code 产出}, {@code 效益}, {@link #BUDGET_EXECUTION} …); empty for a name the rules do not know. */
    Optional<BigDecimal> groupPoints(String group);

    Band band(Achievement achievement);

    /** In percent of a "higher is better" target: at or above it the unit explains (target set too low). */
    BigDecimal overAchievementPercent();

    Grade grade(BigDecimal totalScore);
}
