package org.budgetperf.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t\r\n", "\u200B", "\u200C\u200D\u2060\uFEFF", "\u3000\u00A0", "\u00AD", "\u3164",
            "\u0000"})
    void invisibleTextIsBlank(String text) {
        assertThat(VisibleText.isBlank(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"退回", "\u200B年度目标不完整\u200B", "a", "。"})
    void anyVisibleCharacterIsText(String text) {
        assertThat(VisibleText.isBlank(text)).isFalse();
    }
}
