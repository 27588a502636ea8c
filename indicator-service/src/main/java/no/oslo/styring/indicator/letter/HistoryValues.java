package no.oslo.styring.indicator.letter;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a history value as the letters print it ("73,4 %", "7 458", "38.9", "N/A") as a number where it is one. Unlike a
 * target, a printed result may use a decimal point (the Helseetaten letter prints "38.9"); a point followed by exactly three
 * digits would be a thousands separator, and is not read as a number.
 */
public final class HistoryValues {

    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]{1,3}( ?[0-9]{3})*([,.][0-9]{1,2}|,[0-9]+)?$");

    private HistoryValues() {
    }

    /** The printed value as a number, or empty when it is not one ("N/A", "xx"). */
    public static Optional<BigDecimal> numberOf(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String t = printed.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(" ", "").replace(',', '.')));
    }
}
