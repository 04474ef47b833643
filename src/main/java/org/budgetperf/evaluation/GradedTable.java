package org.budgetperf.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.budgetperf.calculation.Grade;

/** A table with its self-evaluation's total and grade, as lists show it. */
public record GradedTable(Long targetId, String code, String name, int budgetYear, String unit, String department,
                          BigDecimal totalScore, Grade grade) {

    @JsonProperty
    public String gradeLabel() {
        return grade.label();
    }
}
