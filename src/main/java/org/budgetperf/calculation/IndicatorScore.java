package org.budgetperf.calculation;

import java.math.BigDecimal;

/**
 * One indicator's self-evaluation score.
 *
 * @param score            two decimals; {@code null} while nothing is reported or the reviewer has not graded it
 * @param awaitingGrade    the reviewer still has to pick 达成 / 部分达成 / 未达成 and a score
 * @param needsCause       the target was missed: the unit owes a cause (原因分析)
 * @param needsExplanation a "higher is better" target was exceeded by the over-achievement threshold (130%):
 *                         the unit explains whether the target was set too low
 */
public record IndicatorScore(ScoringMethod method, BigDecimal marks, BigDecimal score, boolean awaitingGrade,
                             boolean needsCause, boolean needsExplanation) {
}
