package org.budgetperf.indicator;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides whether digit-free text is a {@link Qualitative} judgement or {@link FreeText}. The rule: the compact
 * text is at most {@value #LONGEST_TERM} characters, has no comparator symbol or separator, and ends with one of
 * the grade words ({@code 规范}, {@code 满意}, {@code 设备运行良好}, {@code 显著提高}), optionally followed by a note
 * in brackets ({@code 及时(6月底前)}, {@code 规范(符合财务制度)}). Anything else is a sentence, a reference or a goal
 * ({@code 序时进度}, {@code 实现交流协作目标}, {@code 全年网络安全运行}, {@code 符合…标准},
 * {@code 根据工作需要做到及时、高效}) and is left to people as text.
 *
 * <p>The grade words are {@link #BUILT_IN} plus the terms a finance bureau adds by configuration.
 */
final class QualitativeTerms {

    static final int LONGEST_TERM = 8;

    /** Words that grade how something was done; longer terms ending in one ({@code 设备运行良好}) are grades too. */
    static final List<String> BUILT_IN = List.of(
            "规范", "合理", "健全", "有效", "合规", "及时", "完成", "满意", "较好", "良好", "充分", "明确", "科学",
            "公开", "完善", "高效", "准确", "合格", "达标", "优秀", "到位", "正常", "稳定", "提高", "提升", "增强",
            "改善", "符合", "一致", "相符", "可控", "安全", "透明", "完整", "齐全", "精准", "顺畅", "畅通", "落实",
            "优良", "显著", "明显", "持续", "严格", "合法", "达到要求", "符合要求", "符合标准", "按时", "准时", "平稳");

    private static final Pattern NOTE_IN_BRACKETS = Pattern.compile("([^()（）]+)[(（]([^()（）]+)[)）]");

    private final List<String> gradeWords;

    /** @param extraTerms terms added to {@link #BUILT_IN}; blank ones are ignored */
    QualitativeTerms(List<String> extraTerms) {
        this.gradeWords = Stream.concat(BUILT_IN.stream(), extraTerms.stream().map(CompactText::of))
                .filter(term -> !term.isEmpty()).distinct().toList();
    }

    List<String> gradeWords() {
        return gradeWords;
    }

    Optional<IndicatorValue> read(String raw, String text) {
        if (isTerm(text)) {
            return Optional.of(new Qualitative(raw, text));
        }
        Matcher noted = NOTE_IN_BRACKETS.matcher(text);
        return noted.matches() && isTerm(noted.group(1))
                ? Optional.of(new Qualitative(raw, noted.group(1), noted.group(2)))
                : Optional.empty();
    }

    private boolean isTerm(String text) {
        boolean shortPlainWords = text.codePointCount(0, text.length()) <= LONGEST_TERM
                && text.chars().noneMatch(c -> Character.isDigit(c) || "≥≤<>=()（）".indexOf(c) >= 0
                        || CompactText.SEPARATORS.indexOf(c) >= 0);
        return shortPlainWords && gradeWords.stream().anyMatch(text::endsWith);
    }
}
