package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.util.Optional;
import org.budgetperf.indicator.Deadline;
import org.budgetperf.indicator.Direction;
import org.budgetperf.indicator.IndicatorValue;

/**
 * Picks the rule for one indicator from its target value: a number by its direction
 * ({@link HigherIsBetterScore}, {@link LowerIsBetterScore}, {@link ExactScore}), a deadline by
 * {@link DeadlineScore}, and everything else, including an actual that is no comparable number, by the
 * reviewer's grade ({@link GradedScore}).
 */
public final class IndicatorScoring {

    private IndicatorScoring() {
    }

    /** @param grade the reviewer's grade, or {@code null}; it counts only where the reviewer decides */
    public static IndicatorScore score(IndicatorValue target, String actual, BigDecimal marks, ReviewerGrade grade,
                                       ScoringRules rules) {
        ScoringMethod method = target instanceof Deadline ? ScoringMethod.DEADLINE : ScoringMethod.REVIEWER;
        if (!gradedByReviewer(target, actual)) {
            Optional<NumericTarget> numeric = NumericTarget.of(target);
            if (numeric.isEmpty()) {
                return new IndicatorScore(method, marks, Rounding.points(marks), false, false, false);
            }
            return numeric.get().measure(actual)
                    .map(done -> measured(numeric.get(), done, marks, rules))
                    .orElseGet(() -> new IndicatorScore(methodOf(numeric.get().direction()), marks, null, false,
                            false, false));
        }
        if (grade == null) {
            return new IndicatorScore(method, marks, null, true, false, false);
        }
        Outcome outcome = GradedScore.of(grade);
        return new IndicatorScore(method, marks, outcome.score(), false, !outcome.met(), false);
    }

    /**
     * Whether the reviewer grades this indicator: not a number measured against a numeric target (nor a number
     * yet to be reported), and not a deadline met by the month reported.
     */
    public static boolean gradedByReviewer(IndicatorValue target, String actual) {
        Optional<NumericTarget> numeric = NumericTarget.of(target);
        if (numeric.isPresent()) {
            return actual != null && !actual.isBlank() && numeric.get().measure(actual).isEmpty();
        }
        return !(target instanceof Deadline deadline && DeadlineScore.met(deadline, actual).orElse(false));
    }

    private static IndicatorScore measured(NumericTarget target, BigDecimal done, BigDecimal marks,
                                           ScoringRules rules) {
        BigDecimal goal = target.number();
        Outcome outcome = switch (target.direction()) {
            case HIGHER_IS_BETTER -> HigherIsBetterScore.of(goal, done, marks);
            case LOWER_IS_BETTER -> LowerIsBetterScore.of(goal, done, marks);
            case EXACT -> ExactScore.of(goal, done, marks);
        };
        boolean scoredAsHigher = target.direction() != Direction.LOWER_IS_BETTER && goal.signum() > 0;
        boolean overAchieved = scoredAsHigher
                && Rounding.percent(done, goal).compareTo(rules.overAchievementPercent()) >= 0;
        return new IndicatorScore(methodOf(target.direction()), marks, outcome.score(), false, !outcome.met(),
                overAchieved);
    }

    private static ScoringMethod methodOf(Direction direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> ScoringMethod.HIGHER_IS_BETTER;
            case LOWER_IS_BETTER -> ScoringMethod.LOWER_IS_BETTER;
            case EXACT -> ScoringMethod.EXACT;
        };
    }
}
