package org.budgetperf.monitoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;

/** Reads a constant by its name or its Chinese label, as the API and the Tasklist form send it; blank is none. */
abstract class LabelledReader<E extends Enum<E>> extends JsonDeserializer<E> {

    private final Class<E> type;
    private final Function<E, String> label;
    private final String expected;

    LabelledReader(Class<E> type, Function<E, String> label, String expected) {
        this.type = type;
        this.label = label;
        this.expected = expected;
    }

    @Override
    public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = parser.getValueAsString();
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(wanted) || label.apply(constant).equals(wanted))
                .findFirst()
                .orElseThrow(() -> context.weirdStringException(value, type, expected));
    }
}
