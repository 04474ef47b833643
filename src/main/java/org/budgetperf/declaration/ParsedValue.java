package org.budgetperf.declaration;

import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.indicator.Amount;
import org.budgetperf.indicator.Comparator;
import org.budgetperf.indicator.Comparison;
import org.budgetperf.indicator.Deadline;
import org.budgetperf.indicator.IndicatorValue;
import org.budgetperf.indicator.IndicatorValues;
import org.budgetperf.indicator.Parts;
import org.budgetperf.indicator.Qualitative;
import org.budgetperf.indicator.Quantity;
import org.budgetperf.indicator.ValueKind;

/** An indicator value for the API: the text exactly as written and what the parser understood of it. */
public record ParsedValue(String raw, ValueKind kind, String description, String subject, String object,
                          Comparator comparator,
                          String comparatorSymbol, BigDecimal number, String unit, BigDecimal scaledNumber,
                          String baseUnit, Integer year, Integer month, String term, List<ParsedValue> parts) {

    public static ParsedValue of(IndicatorValue value) {
        String description = IndicatorValues.describe(value);
        if (value instanceof Comparison c) {
            return quantity(c.raw(), ValueKind.COMPARISON, description, c.subject(), c.object(), c.comparator(),
                    c.quantity());
        }
        if (value instanceof Amount a) {
            return quantity(a.raw(), ValueKind.AMOUNT, description, a.subject(), null, a.impliedComparator(),
                    a.quantity());
        }
        if (value instanceof Deadline d) {
            return new ParsedValue(d.raw(), ValueKind.DEADLINE, description, d.activity(), null, null, null, null, null,
                    null, null, d.year(), d.month(), null, List.of());
        }
        if (value instanceof Qualitative q) {
            return new ParsedValue(q.raw(), ValueKind.QUALITATIVE, description, null, null, null, null, null, null, null,
                    null, null, null, q.term(), List.of());
        }
        if (value instanceof Parts p) {
            return new ParsedValue(p.raw(), ValueKind.PARTS, description, null, null, null, null, null, null, null, null,
                    null, null, null, p.parts().stream().map(ParsedValue::of).toList());
        }
        return new ParsedValue(value.raw(), ValueKind.TEXT, description, null, null, null, null, null, null, null, null,
                null, null, null, List.of());
    }

    private static ParsedValue quantity(String raw, ValueKind kind, String description, String subject,
                                        String object, Comparator comparator, Quantity quantity) {
        return new ParsedValue(raw, kind, description, subject, object, comparator, comparator.symbol(), quantity.number(),
                quantity.unit(), quantity.scaledNumber(), quantity.baseUnit(), null, null, null, List.of());
    }
}
