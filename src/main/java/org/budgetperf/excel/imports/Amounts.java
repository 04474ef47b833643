package org.budgetperf.excel.imports;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads money and weights from cells that hold a number or a number typed as text (“17.60”, “1,119.80万元”). */
final class Amounts {

    private static final Pattern DECORATION = Pattern.compile("[\\s,，]|万元$|元$|%$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Amounts() {
    }

    /** Empty for a blank cell; throws for text that is no number. */
    static Optional<BigDecimal> read(GridCell cell) throws NotANumber {
        return cell.number() != null ? Optional.of(cell.number()) : parse(cell.text());
    }

    static Optional<BigDecimal> parse(String written) throws NotANumber {
        String text = DECORATION.matcher(written).replaceAll("");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new NotANumber(written);
        }
        return Optional.of(new BigDecimal(text));
    }

    static boolean isNumber(GridCell cell) {
        if (cell.number() != null) {
            return true;
        }
        String text = DECORATION.matcher(cell.text()).replaceAll("");
        return !text.isEmpty() && NUMBER.matcher(text).matches();
    }

    static final class NotANumber extends Exception {
        NotANumber(String text) {
            super("“" + text + "”不是有效的数字");
        }
    }
}
