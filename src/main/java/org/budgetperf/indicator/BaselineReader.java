package org.budgetperf.indicator;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link BaselineComparison}s from compact text:
 * <ul>
 *   <li>{@code [subject](较|比|相比)BASE[有所]WORD[change]}, {@code [subject]同比WORD[change]},
 *       {@code [subject]在BASE基础上WORD[change]}, where WORD is an increase (提高 增长 增加 提升 上升) or a
 *       decrease (下降 减少 降低 压减 缩减) and the change a number with an optional comparator
 *       ({@code 5%}, {@code ≥5%}, {@code 2个百分点以上}); a decrease mirrors the comparator
 *       ({@code 下降10%}: change {@code ≤ -10%}, {@code 下降不超过5%}: change {@code ≥ -5%});
 *   <li>{@code [subject](不低于|不少于|不高于|不超过|高于|低于|达到)BASE[水平]};
 *   <li>{@code [subject](与|较|比)BASE[基本]持平}.
 * </ul>
 * BASE is 上年, 上一年, 上年度, 去年 or {@code YYYY年}, optionally with 同期, 水平 or 数.
 */
final class BaselineReader {

    private static final String SUBJECT = "([^0-9≥≤<>=" + CompactText.SEPARATORS + "]*?)";
    private static final String BASE = "(?:上年|上一年|上年度|上一年度|去年|前一年|(\\d{4})年度?)(?:同期)?(?:水平|数)?";
    private static final List<String> INCREASES = List.of("提高", "增长", "增加", "提升", "上升", "增多");
    private static final List<String> DECREASES = List.of("下降", "减少", "降低", "压减", "缩减", "减小", "下调");
    private static final String WORD = "(" + String.join("|", INCREASES) + "|" + String.join("|", DECREASES) + ")";
    private static final String STEADILY = "(?:有所|稳步|逐步|持续|进一步|明显|显著)?";
    private static final Pattern CHANGE = Pattern.compile(
            SUBJECT + "(?:较|比|相比|相较|对比|较之)" + BASE + STEADILY + WORD + "(.*)", Pattern.DOTALL);
    private static final Pattern YEAR_ON_YEAR = Pattern.compile(
            SUBJECT + "同比" + STEADILY + WORD + "(.*)", Pattern.DOTALL);
    private static final Pattern ON_BASIS = Pattern.compile(
            SUBJECT + "在?" + BASE + "(?:的)?基础上" + STEADILY + WORD + "(.*)", Pattern.DOTALL);
    private static final Pattern LEVEL = Pattern.compile(
            SUBJECT + ComparatorWords.alternation(ComparatorWords.BEFORE_NUMBER) + BASE, Pattern.DOTALL);
    private static final Pattern STEADY = Pattern.compile(
            SUBJECT + "(?:与|和|同|较|比)" + BASE + "(?:基本)?(持平)", Pattern.DOTALL);

    private BaselineReader() {
    }

    static Optional<IndicatorValue> read(String raw, String text) {
        Matcher m = CHANGE.matcher(text);
        if (m.matches()) {
            return changed(raw, m.group(1), m.group(2), m.group(3), m.group(4));
        }
        m = YEAR_ON_YEAR.matcher(text);
        if (m.matches()) {
            return changed(raw, m.group(1), null, m.group(2), m.group(3));
        }
        m = ON_BASIS.matcher(text);
        if (m.matches()) {
            return changed(raw, m.group(1), m.group(2), m.group(3), m.group(4));
        }
        m = LEVEL.matcher(text);
        if (m.matches()) {
            Comparator comparator = ComparatorWords.comparatorOf(ComparatorWords.BEFORE_NUMBER, m.group(2));
            return Optional.of(new BaselineComparison(raw, nullIfEmpty(m.group(1)), year(m.group(3)), m.group(2),
                    comparator, null, false));
        }
        m = STEADY.matcher(text);
        return m.matches()
                ? Optional.of(new BaselineComparison(raw, nullIfEmpty(m.group(1)), year(m.group(2)), m.group(3),
                        Comparator.EQ, null, false))
                : Optional.empty();
    }

    /** An increase or a decrease, with the change written after the word read as a comparison or an amount. */
    private static Optional<IndicatorValue> changed(String raw, String subject, String year, String word,
                                                    String rest) {
        boolean decrease = DECREASES.contains(word);
        if (rest.isEmpty()) {
            return Optional.of(new BaselineComparison(raw, nullIfEmpty(subject), year(year), word,
                    decrease ? Comparator.LT : Comparator.GT, null, decrease));
        }
        Optional<IndicatorValue> measured = MeasureReader.read(rest, rest);
        Comparator asWritten;
        Quantity change;
        if (measured.orElse(null) instanceof Comparison c && c.subject() == null && c.object() == null) {
            asWritten = c.comparator();
            change = c.quantity();
        } else if (measured.orElse(null) instanceof Amount a && a.subject() == null && a.note() == null) {
            asWritten = Comparator.GE;
            change = a.quantity();
        } else {
            return Optional.empty();
        }
        return Optional.of(new BaselineComparison(raw, nullIfEmpty(subject), year(year), word,
                decrease ? mirrored(asWritten) : asWritten, change, decrease));
    }

    /** A decrease of at least 10% is a change of at most -10%. */
    private static Comparator mirrored(Comparator comparator) {
        return switch (comparator) {
            case GE -> Comparator.LE;
            case GT -> Comparator.LT;
            case LE -> Comparator.GE;
            case LT -> Comparator.GT;
            case EQ -> Comparator.EQ;
        };
    }

    private static Integer year(String year) {
        return year == null ? null : Integer.valueOf(year);
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
