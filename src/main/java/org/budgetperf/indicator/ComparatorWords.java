package org.budgetperf.indicator;

import static org.budgetperf.indicator.Comparator.EQ;
import static org.budgetperf.indicator.Comparator.GE;
import static org.budgetperf.indicator.Comparator.GT;
import static org.budgetperf.indicator.Comparator.LE;
import static org.budgetperf.indicator.Comparator.LT;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Comparators as they are written: symbols, words before the number, words after the unit. */
final class ComparatorWords {

    record Word(String text, Comparator comparator) {
    }

    /** Symbols once {@link CompactText} has unified full-width and two-character forms. */
    static final List<Word> SYMBOLS = List.of(
            new Word("≥", GE), new Word("≤", LE), new Word(">", GT), new Word("<", LT), new Word("=", EQ));

    /** Longest first, so that 不超过 is not read as 超过 and 达到 not as 达. */
    static final List<Word> BEFORE_NUMBER = List.of(
            new Word("大于等于", GE), new Word("小于等于", LE),
            new Word("不少于", GE), new Word("不低于", GE), new Word("不小于", GE),
            new Word("不超过", LE), new Word("不高于", LE), new Word("不多于", LE), new Word("不大于", LE),
            new Word("至少", GE), new Word("最多", LE), new Word("达到", GE),
            new Word("超过", GT), new Word("高于", GT), new Word("大于", GT), new Word("多于", GT),
            new Word("低于", LT), new Word("少于", LT), new Word("小于", LT), new Word("等于", EQ),
            new Word("达", GE));

    /** {@code 30人以上}, {@code 50万元以内}. */
    static final List<Word> AFTER_UNIT = List.of(
            new Word("及以上", GE), new Word("以上", GE), new Word("及以下", LE), new Word("以下", LE),
            new Word("以内", LE));

    private ComparatorWords() {
    }

    /** A regex group matching any of the words, in list order. */
    static String alternation(List<Word> words) {
        return words.stream().map(word -> Pattern.quote(word.text())).collect(Collectors.joining("|", "(", ")"));
    }

    static Comparator comparatorOf(List<Word> words, String text) {
        return words.stream().filter(word -> word.text().equals(text)).findFirst().orElseThrow().comparator();
    }

    /** The word after a unit that {@code text} starts with, if any. */
    static Optional<Word> afterUnitAtStart(String text) {
        return AFTER_UNIT.stream().filter(word -> text.startsWith(word.text())).findFirst();
    }

    /** Where the first word after a unit begins in {@code text}, or its length. */
    static int afterUnitWordIndex(String text) {
        return AFTER_UNIT.stream().mapToInt(word -> text.indexOf(word.text())).filter(i -> i >= 0).min()
                .orElse(text.length());
    }
}
