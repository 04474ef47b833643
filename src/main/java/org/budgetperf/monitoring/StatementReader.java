package org.budgetperf.monitoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import org.budgetperf.calculation.ProgressStatement;

/**
 * Reads a statement by its name or its Chinese label; blank is none (the form's select submits an empty value
 * when nothing is chosen).
 */
class StatementReader extends JsonDeserializer<ProgressStatement> {

    @Override
    public ProgressStatement deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return of(parser.getValueAsString(), parser, context);
    }

    private static ProgressStatement of(String value, JsonParser parser, DeserializationContext context)
            throws IOException {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ProgressStatement.named(value).orElseThrow(() -> context.weirdStringException(value,
                ProgressStatement.class, ProgressStatement.EXPECTED));
    }
}
