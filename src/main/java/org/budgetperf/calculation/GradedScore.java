package org.budgetperf.calculation;

import java.math.BigDecimal;

/**
 * Qualitative and text indicators, and deadlines not met: the reviewer picks 达成 / 部分达成 / 未达成 and a score
 * inside that verdict's {@link Band} of the marks (by default 80-100%, 60-80%, 0-60%); a score outside it is
 * refused. Only 达成 counts as met.
 */
public final class GradedScore {

    private GradedScore() {
    }

    /** Refuses a score outside the verdict's band, when the reviewer gives it. */
    public static void check(ReviewerGrade grade, BigDecimal marks, Band band) {
        BigDecimal score = Rounding.points(grade.score());
        if (!band.contains(score, marks)) {
            throw new ScoreOutsideBand("评定为“" + grade.achievement().label() + "”的得分应在"
                    + band.lowest(marks).toPlainString() + "至" + band.highest(marks).toPlainString() + "分之间（分值"
                    + Rounding.points(marks).toPlainString() + "分），不能为" + score.toPlainString() + "分");
        }
    }

    /** A grade once given stands, even if the bands have changed since. */
    public static Outcome of(ReviewerGrade grade) {
        return Outcome.of(grade.score(), grade.achievement() == Achievement.ACHIEVED);
    }
}
