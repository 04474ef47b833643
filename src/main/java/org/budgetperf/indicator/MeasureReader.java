package org.budgetperf.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link Comparison}s and {@link Amount}s from compact text:
 * {@code [subject] [comparator] number [unit] [以上|以内|…] [object]}. Subject and object are words only (no digit,
 * comparator symbol or separator). An amount takes no object, only a note: a qualifier or a scope in brackets
 * ({@code 100%完成}, {@code 100%覆盖(12个社区)}, {@code 100%(全市各区)}).
 */
final class MeasureReader {

    private static final String WORD_CHARACTER = "[^0-9≥≤<>=" + CompactText.SEPARATORS + "]";
    private static final String SUBJECT = "(" + WORD_CHARACTER + "*?)";
    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern WITH_SYMBOL = Pattern.compile(
            SUBJECT + ComparatorWords.alternation(ComparatorWords.SYMBOLS) + NUMBER + "(.*)", Pattern.DOTALL);
    private static final Pattern WITH_WORDS = Pattern.compile(
            SUBJECT + ComparatorWords.alternation(ComparatorWords.BEFORE_NUMBER) + NUMBER + "(.*)", Pattern.DOTALL);
    private static final Pattern BARE = Pattern.compile(SUBJECT + NUMBER + "(.*)", Pattern.DOTALL);
    private static final Pattern WORDS = Pattern.compile(WORD_CHARACTER + "*");
    /** After an amount's unit: a qualifier, a scope in brackets, or both ({@code 完成}, {@code 覆盖(12个社区)}). */
    private static final Pattern NOTE = Pattern.compile(
            "(?:完成|覆盖|达标|合格|到位|落实|办结|兑现|发放|执行|公开|解决|答复|受理)?(?:[(（][^()（）]+[)）])?");
    private static final Pattern UNIT_IN_BRACKETS_AT_END = Pattern.compile("(.*)[(（]([^()（）]+)[)）]", Pattern.DOTALL);

    private MeasureReader() {
    }

    static Optional<IndicatorValue> read(String raw, String text) {
        Matcher m = WITH_SYMBOL.matcher(text);
        if (m.matches()) {
            return comparison(raw, m, ComparatorWords.comparatorOf(ComparatorWords.SYMBOLS, m.group(2)), false);
        }
        m = WITH_WORDS.matcher(text);
        if (m.matches()) {
            return comparison(raw, m, ComparatorWords.comparatorOf(ComparatorWords.BEFORE_NUMBER, m.group(2)), true);
        }
        m = BARE.matcher(text);
        return m.matches() ? bare(raw, m.group(1), new BigDecimal(m.group(2)), m.group(3)) : Optional.empty();
    }

    private static Optional<IndicatorValue> comparison(String raw, Matcher m, Comparator comparator, boolean inWords) {
        BigDecimal number = new BigDecimal(m.group(3));
        return measured(m.group(1), m.group(4))
                .filter(measured -> isWords(measured.rest()))
                .map(measured -> new Comparison(raw, measured.subject(), comparator,
                        Quantity.of(number, measured.unit()), inWords, nullIfEmpty(measured.rest())));
    }

    /** A number without a comparator before it: an amount, or a comparison if 以上/以内/… follows the unit. */
    private static Optional<IndicatorValue> bare(String raw, String subject, BigDecimal number, String afterNumber) {
        Optional<Measured> read = measured(subject, afterNumber);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Measured measured = read.get();
        Quantity quantity = Quantity.of(number, measured.unit());
        if (measured.rest().isEmpty()) {
            return Optional.of(new Amount(raw, measured.subject(), quantity));
        }
        Optional<ComparatorWords.Word> word = ComparatorWords.afterUnitAtStart(measured.rest());
        if (word.isEmpty()) {
            return NOTE.matcher(measured.rest()).matches()
                    ? Optional.of(new Amount(raw, measured.subject(), quantity, measured.rest()))
                    : Optional.empty();
        }
        String object = measured.rest().substring(word.get().text().length());
        return isWords(object)
                ? Optional.of(new Comparison(raw, measured.subject(), word.get().comparator(), quantity, true,
                        nullIfEmpty(object)))
                : Optional.empty();
    }

    private record Measured(String subject, String unit, String rest) {
    }

    /** Splits off the unit; a unit in brackets at the end of the subject ({@code 培训人数（人）≥100}) counts too. */
    private static Optional<Measured> measured(String subject, String afterNumber) {
        Optional<UnitReader.UnitAndRest> read = UnitReader.read(afterNumber).filter(r -> isWords(r.unit()));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String unit = read.get().unit();
        String rest = read.get().rest();
        Matcher bracketed = UNIT_IN_BRACKETS_AT_END.matcher(subject);
        if (unit.isEmpty() && rest.isEmpty() && bracketed.matches()) {
            Optional<String> unitOfSubject = UnitReader.bracketedUnit(bracketed.group(2));
            if (unitOfSubject.isPresent()) {
                return Optional.of(new Measured(nullIfEmpty(bracketed.group(1)), unitOfSubject.get(), ""));
            }
        }
        return Optional.of(new Measured(nullIfEmpty(subject), unit, rest));
    }

    private static boolean isWords(String text) {
        return WORDS.matcher(text).matches();
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
