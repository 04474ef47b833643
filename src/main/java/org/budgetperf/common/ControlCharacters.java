package org.budgetperf.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses control characters other than tab, CR and LF in every text of a JSON request: nobody types them, and
 * PostgreSQL cannot store U+0000 at all (the insert failed with a 500). Jackson names the field in the refusal.
 */
@Configuration
public class ControlCharacters {

    @Bean
    SimpleModule controlCharacterModule() {
        return new SimpleModule("control-characters").addDeserializer(String.class, new Refusing());
    }

    /** The first control character a text may not hold (all but tab, CR and LF), or -1. */
    public static int firstRefused(String text) {
        return text == null ? -1 : text.codePoints().filter(ControlCharacters::isRefused).findFirst().orElse(-1);
    }

    private static boolean isRefused(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\t' && codePoint != '\r' && codePoint != '\n';
    }

    /** The refusal, with the offending code point; Jackson adds the field's path as it unwinds. */
    public static final class Refused extends MismatchedInputException {

        private final int codePoint;

        Refused(JsonParser parser, int codePoint) {
            super(parser, String.format("control character U+%04X", codePoint), String.class);
            this.codePoint = codePoint;
        }

        public String codePoint() {
            return String.format("U+%04X", codePoint);
        }
    }

    private static final class Refusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            int refused = firstRefused(text);
            if (refused >= 0) {
                throw new Refused(parser, refused);
            }
            return text;
        }
    }
}
