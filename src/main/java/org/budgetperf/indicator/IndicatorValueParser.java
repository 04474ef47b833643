package org.budgetperf.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns an indicator value as people write it into a typed {@link IndicatorValue}; never throws and never
 * alters {@link IndicatorValue#raw()}.
 *
 * <p>Before matching, the text is normalised: white space and line breaks are removed, full-width digits and
 * operators become ASCII ({@code ＞ ＝ ％ ０-９}), {@code >=}/{@code <=} become {@code ≥}/{@code ≤}, thousands
 * separators go, and a trailing bracketed unit such as {@code (人)} is read as the unit. Then, in order:
 * <ol>
 *   <li>a cell with separators ({@code ，,；;、}) whose every piece is measurable or a deadline is {@link Parts};
 *   <li>{@code [年]月[底][前]…} is a {@link Deadline};
 *   <li>a comparator symbol or words ({@code 不少于 不低于 不超过 达到 …以上 …以内}) before a number is a
 *       {@link Comparison}; a number with a unit and no comparator is an {@link Amount};
 *   <li>text without digits and separators, at most {@value #QUALITATIVE_MAX} characters long, is
 *       {@link Qualitative} ({@code 规范}, {@code 设备运行良好}, {@code 实现交流协作目标});
 *   <li>anything else, and anything longer than {@value #MAX_LENGTH} characters, is {@link FreeText}.
 * </ol>
 * A quantity's unit is the longest known unit at the start of what follows the number, or what follows when
 * it is short; any remaining words describe the object and join the subject ({@code 定制不少于2种文创宣传品}:
 * subject 定制文创宣传品, unit 种).
 */
public final class IndicatorValueParser {

    static final int QUALITATIVE_MAX = 12;
    static final int MAX_LENGTH = 300;
    private static final int SHORT_UNIT = 4;

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern SYMBOL = Pattern.compile("^(\\D*?)(≥|≤|>|<|=)" + NUMBER + "(\\D*)$");
    private static final Pattern WORDS_BEFORE = Pattern.compile(
            "^(\\D*?)(不少于|不低于|不小于|不超过|不高于|不多于|不大于|达到|达)" + NUMBER + "(\\D*)$");
    private static final Pattern WORDS_AFTER = Pattern.compile("^(\\D*?)" + NUMBER + "(\\D*?)(以上|以内|以下)$");
    private static final Pattern AMOUNT = Pattern.compile("^(\\D*?)" + NUMBER + "(\\D*)$");
    private static final Pattern MONTH_DEADLINE = Pattern.compile(
            "^(?:(\\d{4})年)?(\\d{1,2})月(?:\\d{1,2}日)?(底|末)?(?:之前|以前|前)?(\\D*)$");
    private static final Pattern YEAR_END_DEADLINE = Pattern.compile("^(\\d{4})年(?:底|末)(?:之前|以前|前)?(\\D*)$");
    private static final Pattern SEPARATOR = Pattern.compile("[，,；;、]");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\(([^()]{1,8})\\)$");

    private static final List<String> UNITS = Stream.of("%", "个百分点", "万人次", "人次", "万人", "人份", "万份",
                    "亿元", "万元", "元", "平方米", "平方公里", "公里", "立方米", "吨", "个点位", "个", "场次", "场", "次",
                    "人", "例", "台", "册", "条", "份", "种", "块", "天", "小时", "学时", "课时", "周", "年", "月", "家",
                    "所", "项", "篇", "期", "批", "户", "套", "件", "辆", "间", "座", "处", "名", "位", "分")
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .toList();

    public IndicatorValue parse(String raw) {
        String original = raw == null ? "" : raw;
        String text = normalise(original);
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return new FreeText(original);
        }
        IndicatorValue parts = parts(original, text);
        return parts != null ? parts : single(original, text);
    }

    private IndicatorValue parts(String original, String text) {
        if (!SEPARATOR.matcher(text).find() || !text.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        List<IndicatorValue> parts = new ArrayList<>();
        for (String piece : SEPARATOR.split(text)) {
            if (piece.isEmpty()) {
                continue;
            }
            IndicatorValue part = single(piece, piece);
            if (!measurable(part)) {
                return null;
            }
            parts.add(part);
        }
        return parts.size() > 1 ? new Parts(original, parts) : null;
    }

    private static boolean measurable(IndicatorValue value) {
        return value instanceof Comparison || value instanceof Amount || value instanceof Deadline;
    }

    private IndicatorValue single(String original, String text) {
        Matcher m = MONTH_DEADLINE.matcher(text);
        if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return new Deadline(original, m.group(1) == null ? null : Integer.valueOf(m.group(1)),
                    Integer.parseInt(m.group(2)), m.group(3) != null, emptyToNull(m.group(4)));
        }
        m = YEAR_END_DEADLINE.matcher(text);
        if (m.matches()) {
            return new Deadline(original, Integer.valueOf(m.group(1)), 12, true, emptyToNull(m.group(2)));
        }
        m = SYMBOL.matcher(text);
        if (m.matches()) {
            return comparison(original, m.group(1), symbol(m.group(2)), m.group(3), m.group(4), false);
        }
        m = WORDS_BEFORE.matcher(text);
        if (m.matches()) {
            return comparison(original, m.group(1), words(m.group(2)), m.group(3), m.group(4), true);
        }
        m = WORDS_AFTER.matcher(text);
        if (m.matches()) {
            Comparator comparator = "以上".equals(m.group(4)) ? Comparator.GE : Comparator.LE;
            return comparison(original, m.group(1), comparator, m.group(2), m.group(3), true);
        }
        m = AMOUNT.matcher(text);
        if (m.matches()) {
            UnitAndObject rest = UnitAndObject.of(m.group(3));
            if (rest != null) {
                return new Amount(original, subject(m.group(1), rest.object()),
                        Quantity.of(new BigDecimal(m.group(2)), rest.unit()));
            }
        }
        if (text.length() <= QUALITATIVE_MAX && text.chars().noneMatch(Character::isDigit)
                && !SEPARATOR.matcher(text).find()) {
            return new Qualitative(original, text);
        }
        return new FreeText(original);
    }

    private static IndicatorValue comparison(String original, String before, Comparator comparator, String number,
                                             String after, boolean inWords) {
        UnitAndObject rest = UnitAndObject.of(after);
        if (rest == null) {
            rest = new UnitAndObject(after.substring(0, 1), after.substring(1));
        }
        return new Comparison(original, subject(before, rest.object()), comparator,
                Quantity.of(new BigDecimal(number), rest.unit()), inWords);
    }

    private static String subject(String before, String object) {
        String subject = before + object;
        return subject.isEmpty() ? null : subject;
    }

    private static Comparator symbol(String symbol) {
        return switch (symbol) {
            case "≥" -> Comparator.GE;
            case "≤" -> Comparator.LE;
            case ">" -> Comparator.GT;
            case "<" -> Comparator.LT;
            default -> Comparator.EQ;
        };
    }

    private static Comparator words(String words) {
        return switch (words) {
            case "不超过", "不高于", "不多于", "不大于" -> Comparator.LE;
            default -> Comparator.GE;
        };
    }

    static String normalise(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.CONTROL) {
                return;
            }
            if (c >= '０' && c <= '９') {
                text.append((char) ('0' + c - '０'));
                return;
            }
            switch (c) {
                case '．' -> text.append('.');
                case '％' -> text.append('%');
                case '＞' -> text.append('>');
                case '＜' -> text.append('<');
                case '＝' -> text.append('=');
                case '≧' -> text.append('≥');
                case '≦' -> text.append('≤');
                case '（' -> text.append('(');
                case '）' -> text.append(')');
                default -> text.appendCodePoint(c);
            }
        });
        String normalised = THOUSANDS.matcher(text.toString()
                .replace(">=", "≥").replace("<=", "≤").replace("=>", "≥").replace("=<", "≤")).replaceAll("");
        Matcher tail = BRACKETED_TAIL.matcher(normalised);
        if (tail.find()) {
            String before = normalised.substring(0, tail.start());
            boolean isUnit = !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
            normalised = isUnit ? before + tail.group(1) : before;
        }
        return normalised;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** What follows a number: its unit and, where the writer went on, the object counted. */
    private record UnitAndObject(String unit, String object) {

        static UnitAndObject of(String rest) {
            for (String unit : UNITS) {
                if (rest.startsWith(unit)) {
                    return new UnitAndObject(unit, rest.substring(unit.length()));
                }
            }
            return rest.length() <= SHORT_UNIT ? new UnitAndObject(rest, "") : null;
        }
    }
}
