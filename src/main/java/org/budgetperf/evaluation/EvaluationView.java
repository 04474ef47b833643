package org.budgetperf.evaluation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A target's self-evaluation form: one row per indicator of the target (its target value beside the recorded
 * result, blank where nothing was recorded), the budget lines, and the computed deviation and execution rates as
 * the reports print them ({@code 20.00%}, {@code 0%}, {@code 96.94%}; blank where none can be computed), with the
 * scores beside them.
 */
public record EvaluationView(Long targetId, String targetCode, int budgetYear, boolean recorded, Integer versionNo,
                             String recordedBy, Instant recordedAt, List<BudgetLineView> budget,
                             List<ResultView> results, @JsonUnwrapped ScoreView scores) {

    public record BudgetLineView(String name, BigDecimal initialBudget, BigDecimal adjustment, BigDecimal adjustedBudget,
                                 BigDecimal actualSpending, String executionRate) {
    }

    public record ResultView(String level1, String level2, String level3, String targetValue, String actualValue,
                             String source, String deviation, String cause, @JsonUnwrapped ResultScoreView scoring) {
    }

    /**
     * An indicator's score: its marks (weight), the rule, the score ({@code null} while it waits for the reviewer or
     * an actual), the reviewer's verdict where given, and what the unit still owes: a cause for a miss, an
     * explanation for an actual at or above 130% of a "higher is better" target.
     */
    public record ResultScoreView(BigDecimal weight, String scoringMethod, BigDecimal score, String achievement,
                                  boolean awaitingGrade, boolean needsCause, boolean needsExplanation) {
    }

    /**
     * The whole: budget execution's marks and score, the total and grade ({@code null} until every weighted
     * indicator is scored), whether the finance bureau's spot check samples this table, and why there are no
     * scores when the table's own weights do not add up.
     */
    public record ScoreView(BigDecimal budgetWeight, BigDecimal budgetScore, BigDecimal totalScore, String grade,
                            String gradeLabel, boolean spotCheck, String scoringProblem) {
    }
}
