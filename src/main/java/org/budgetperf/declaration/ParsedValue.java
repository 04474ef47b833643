package org.budgetperf.declaration;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.indicator.Absence;
import org.budgetperf.indicator.Amount;
import org.budgetperf.indicator.BaselineComparison;
import org.budgetperf.indicator.Comparator;
import org.budgetperf.indicator.Comparison;
import org.budgetperf.indicator.Deadline;
import org.budgetperf.indicator.Direction;
import org.budgetperf.indicator.IndicatorValue;
import org.budgetperf.indicator.IndicatorValues;
import org.budgetperf.indicator.Parts;
import org.budgetperf.indicator.Qualitative;
import org.budgetperf.indicator.Quantity;
import org.budgetperf.indicator.ValueKind;

/**
 * An indicator value for the API: the text exactly as written and what the parser understood of it.
 *
 * <p>A baseline comparison ({@code 较2022年增长5%}) gives the baseline year in {@code year} (none for 上年), its word
 * in {@code term}, and the signed change the target asks for as comparator and number ({@code ≥ 5 %});
 * {@code direction} is how scoring reads a number, a baseline comparison or an absence ({@code 无重大安全事故}:
 * lower is better, at most 0); {@code note} is what a bracket or a qualifier adds ({@code 及时(6月底前)}).
 */
public record ParsedValue(String raw, ValueKind kind, String description, String subject, String object,
                          Comparator comparator,
                          String comparatorSymbol, BigDecimal number, String unit, BigDecimal scaledNumber,
                          String baseUnit, Integer year, Integer month, String term, String note, Direction direction,
                          List<ParsedValue> parts) {

    public static ParsedValue of(IndicatorValue value) {
        String description = IndicatorValues.describe(value);
        if (value instanceof Comparison c) {
            return quantity(c.raw(), ValueKind.COMPARISON, description, c.subject(), c.object(), c.comparator(),
                    c.quantity(), null, null, null);
        }
        if (value instanceof BaselineComparison b) {
            return quantity(b.raw(), ValueKind.BASELINE, description, b.subject(), null, b.comparator(),
                    b.signedChange(), b.baselineYear(), b.word(), null);
        }
        if (value instanceof Amount a) {
            return quantity(a.raw(), ValueKind.AMOUNT, description, a.subject(), null, a.impliedComparator(),
                    a.quantity(), null, null, a.note());
        }
        if (value instanceof Absence a) {
            return quantity(a.raw(), ValueKind.ABSENCE, description, a.what(), null, a.comparator(),
                    Quantity.of(BigDecimal.ZERO, ""), null, null, null);
        }
        if (value instanceof Deadline d) {
            return new ParsedValue(d.raw(), ValueKind.DEADLINE, description, d.activity(), null, null, null, null, null,
                    null, null, d.year(), d.month(), null, null, null, List.of());
        }
        if (value instanceof Qualitative q) {
            return new ParsedValue(q.raw(), ValueKind.QUALITATIVE, description, null, null, null, null, null, null, null,
                    null, null, null, q.term(), q.note(), null, List.of());
        }
        if (value instanceof Parts p) {
            return new ParsedValue(p.raw(), ValueKind.PARTS, description, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, p.parts().stream().map(ParsedValue::of).toList());
        }
        return new ParsedValue(value.raw(), ValueKind.TEXT, description, null, null, null, null, null, null, null, null,
                null, null, null, null, null, List.of());
    }

    private static ParsedValue quantity(String raw, ValueKind kind, String description, String subject,
                                        String object, Comparator comparator, Quantity quantity, Integer year,
                                        String term, String note) {
        return new ParsedValue(raw, kind, description, subject, object, comparator, comparator.symbol(), quantity.number(),
                quantity.unit(), quantity.scaledNumber(), quantity.baseUnit(), year, null, term, note,
                comparator.direction(), List.of());
    }
}
