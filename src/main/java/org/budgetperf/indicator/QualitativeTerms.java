package org.budgetperf.indicator;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether digit-free text is a {@link Qualitative} judgement or {@link FreeText}. The rule: the compact
 * text is at most {@value #LONGEST_TERM} characters, has no comparator symbol or separator, and ends with one of
 * the {@link #GRADE_WORDS} ({@code 规范}, {@code 满意}, {@code 设备运行良好}, {@code 显著提高}). Anything else is a
 * sentence, a reference or a goal ({@code 序时进度}, {@code 实现交流协作目标}, {@code 全年网络安全运行},
 * {@code 符合…标准}, {@code 根据工作需要做到及时、高效}) and is left to people as text.
 */
final class QualitativeTerms {

    static final int LONGEST_TERM = 8;

    /** Words that grade how something was done; longer terms ending in one ({@code 设备运行良好}) are grades too. */
    static final List<String> GRADE_WORDS = List.of(
            "规范", "合理", "健全", "有效", "合规", "及时", "完成", "满意", "较好", "良好", "充分", "明确", "科学",
            "公开", "完善", "高效", "准确", "合格", "达标", "优秀", "到位", "正常", "稳定", "提高", "提升", "增强",
            "改善");

    private QualitativeTerms() {
    }

    static Optional<IndicatorValue> read(String raw, String text) {
        boolean shortPlainWords = text.codePointCount(0, text.length()) <= LONGEST_TERM
                && text.chars().noneMatch(c -> Character.isDigit(c) || "≥≤<>=".indexOf(c) >= 0
                        || CompactText.SEPARATORS.indexOf(c) >= 0);
        return shortPlainWords && GRADE_WORDS.stream().anyMatch(text::endsWith)
                ? Optional.of(new Qualitative(raw, text))
                : Optional.empty();
    }
}
