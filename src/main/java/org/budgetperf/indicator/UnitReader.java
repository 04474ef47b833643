package org.budgetperf.indicator;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the unit that follows a number. The unit is, in this order: what a bracket right after the number holds
 * ({@code （万元）}, {@code (单位：人)}); an optional 万/亿 multiplier and the longest known unit; or, when nothing known
 * follows, the text up to a word such as 以上 if that is at most {@value #SHORT_UNIT} characters. What follows the
 * unit is the rest ({@code 份中国红十字报及博爱杂志}: unit 份, rest 中国红十字报及博爱杂志).
 */
final class UnitReader {

    record UnitAndRest(String unit, String rest) {
    }

    private static final int SHORT_UNIT = 3;
    private static final int LONGEST_BRACKETED_UNIT = 6;
    private static final List<String> KNOWN_UNITS = Stream.of(
                    "%", "‰", "个百分点", "百分点", "倍",
                    "人次", "人份", "人日", "人", "名", "位", "户次", "户", "家", "所", "例",
                    "场次", "场", "次", "批次", "批", "期", "届", "项", "件", "套", "台次", "台", "辆", "架次", "架",
                    "个月", "个", "份", "种", "块", "条", "册", "本", "篇", "张", "页", "部", "支", "队", "处", "座", "间",
                    "床", "箱", "盒", "包",
                    "元", "年", "月", "周", "天", "日", "小时", "分钟", "课时", "学时",
                    "平方米", "平方公里", "立方米", "公里", "千米", "米", "公顷", "亩", "吨", "千克", "公斤")
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .toList();

    private UnitReader() {
    }

    /** Empty when a bracket right after the number does not hold a unit. */
    static Optional<UnitAndRest> read(String afterNumber) {
        if (afterNumber.startsWith("(") || afterNumber.startsWith("（")) {
            int close = closingBracket(afterNumber);
            return close < 0 ? Optional.empty() : bracketedUnit(afterNumber.substring(1, close))
                    .map(unit -> new UnitAndRest(unit, afterNumber.substring(close + 1)));
        }
        boolean multiplied = afterNumber.startsWith("万") || afterNumber.startsWith("亿");
        String multiplier = multiplied ? afterNumber.substring(0, 1) : "";
        String afterMultiplier = afterNumber.substring(multiplier.length());
        for (String unit : KNOWN_UNITS) {
            if (afterMultiplier.startsWith(unit)) {
                return Optional.of(new UnitAndRest(multiplier + unit, afterMultiplier.substring(unit.length())));
            }
        }
        int end = ComparatorWords.afterUnitWordIndex(afterMultiplier);
        if (afterMultiplier.codePointCount(0, end) <= SHORT_UNIT) {
            return Optional.of(new UnitAndRest(multiplier + afterMultiplier.substring(0, end),
                    afterMultiplier.substring(end)));
        }
        return Optional.of(new UnitAndRest(multiplier, afterMultiplier));
    }

    /** {@code 万元} from {@code 万元} or {@code 单位：万元}; empty when it is too long or holds a digit or an operator. */
    static Optional<String> bracketedUnit(String content) {
        String unit = Stream.of("单位：", "单位:").filter(content::startsWith).findFirst()
                .map(label -> content.substring(label.length())).orElse(content);
        boolean plain = !unit.isEmpty() && unit.codePointCount(0, unit.length()) <= LONGEST_BRACKETED_UNIT
                && unit.chars().noneMatch(c -> Character.isDigit(c) || "≥≤<>=()（）".indexOf(c) >= 0);
        return plain ? Optional.of(unit) : Optional.empty();
    }

    private static int closingBracket(String text) {
        int round = text.indexOf(')');
        int fullWidth = text.indexOf('）');
        return round < 0 ? fullWidth : fullWidth < 0 ? round : Math.min(round, fullWidth);
    }
}
