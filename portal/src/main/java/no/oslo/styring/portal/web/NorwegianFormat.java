package no.oslo.styring.portal.web;

import java.math.BigDecimal;

/**
 * Numbers as the letters print them: a space between thousands ({@code 1 206 593}), a decimal comma ({@code 75,2}) and a
 * real minus sign ({@code −9 267}). The space is a no-break space, so that a number never breaks across lines. Plain Java.
 */
public final class NorwegianFormat {

    /** No-break space: the thousands separator. */
    public static final char THOUSANDS = '\u00a0';
    /** Minus sign (U+2212), as typeset, not the hyphen. */
    public static final char MINUS = '\u2212';

    private NorwegianFormat() {
    }

    /** A whole amount: {@code 1206593} → {@code 1 206 593}, {@code -9267} → {@code −9 267}. */
    public static String amount(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(THOUSANDS);
            }
            out.append(digits.charAt(i));
        }
        return value < 0 ? MINUS + out.toString() : out.toString();
    }

    /** A decimal as printed: {@code 75.2} → {@code 75,2}; {@code 1234.5} → {@code 1 234,5}. */
    public static String decimal(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return amount(plain.longValueExact());
        }
        String text = plain.abs().toPlainString();
        int dot = text.indexOf('.');
        String whole = amount(Long.parseLong(text.substring(0, dot)));
        return (value.signum() < 0 ? String.valueOf(MINUS) : "") + whole + "," + text.substring(dot + 1);
    }

    /**
     * A number as a person types it: a decimal comma or point, spaces (also no-break) between thousands, a hyphen or
     * minus sign: {@code "81,5"}, {@code "1 206 593"}, {@code "−2"}. Empty is null; anything else is not a number.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replaceAll("[\\s\u00a0\u202f]", "").replace(MINUS, '-').replace(',', '.');
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException("not a number: " + text);
        }
        return new BigDecimal(plain);
    }

    /** A number typed into a form field, as the field shows it again: {@code 75.2} → {@code 75,2}, without spaces. */
    public static String input(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("d.M.yyyy 'kl.' HH.mm").withZone(java.time.ZoneId.of("Europe/Oslo"));

    /**
     * A day typed into a form field, as a date field sends it ({@code 2025-03-12}) or as Oslo writes it ({@code 12.3.2025}),
     * in ISO form; null if it is not a day.
     */
    public static String parseDay(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("^\\d{4}-\\d{2}-\\d{2}$")) {
                return java.time.LocalDate.parse(t).toString();
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$").matcher(t);
            if (m.matches()) {
                return java.time.LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))).toString();
            }
        } catch (java.time.DateTimeException notADay) {
            return null;
        }
        return null;
    }

    /** A moment as Oslo prints it, in Oslo time: {@code 2.12.2026 kl. 14.05}. */
    public static String dateTime(java.time.Instant at) {
        return DATE_TIME.format(at);
    }
}
