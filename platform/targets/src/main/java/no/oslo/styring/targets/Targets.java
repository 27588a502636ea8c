package no.oslo.styring.targets;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses target texts the way the letters write them (Norwegian number format). */
public final class Targets {

    /** An optional comparison, a Norwegian number, an optional % sign. */
    private static final Pattern THRESHOLD = Pattern.compile("(>=|<=|≥|≤|>|<)?\\s*(-?[0-9][0-9 ]*(?:,[0-9]+)?)\\s*(%)?");
    /** Digits grouped by single spaces in threes, e.g. 7 961 or 1 206 593. */
    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}( [0-9]{3})*(,[0-9]+)?");
    /** The footnote form: "1) Minst like godt resultat som for 2023", with or without the footnote number. */
    private static final Pattern AS_GOOD_AS = Pattern.compile(
            "(?:[0-9]+\\)\\s*)?minst like godt resultat som (?:for|i) ([0-9]{4})\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Targets() {
    }

    /**
     * The target a text states.
     *
     * @throws TargetSyntaxException quoting the text, when it is not in the grammar
     */
    public static Target parse(String text) {
        if (text == null) {
            throw new TargetSyntaxException("", "a target is required (use * for no target)");
        }
        // no-break and narrow no-break spaces are thousands separators too
        String t = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').strip().replaceAll(" +", " ");
        if (t.isEmpty()) {
            throw new TargetSyntaxException(text, "a target is required (use * for no target)");
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "*" -> {
                return new Target.None(text, Target.None.Reason.NOT_SET);
            }
            case "n/a" -> {
                return new Target.None(text, Target.None.Reason.NOT_APPLICABLE);
            }
            case "xx" -> {
                return new Target.None(text, Target.None.Reason.TO_BE_DECIDED);
            }
            default -> {
            }
        }
        Matcher asGoodAs = AS_GOOD_AS.matcher(t);
        if (asGoodAs.matches()) {
            return new Target.AtLeastAsGoodAsYear(text, Integer.parseInt(asGoodAs.group(1)));
        }
        if (t.contains(".") && !t.contains(",")) {
            throw new TargetSyntaxException(text, "numbers use a decimal comma (60,9), and spaces between thousands");
        }
        Matcher m = THRESHOLD.matcher(t);
        if (!m.matches()) {
            throw new TargetSyntaxException(text, "it is neither a number with an optional comparison and % sign nor a "
                    + "known word");
        }
        String number = m.group(2).strip();
        if (number.contains(" ") && !GROUPED.matcher(number).matches()) {
            throw new TargetSyntaxException(text, "spaces may only separate thousands (7 961)");
        }
        BigDecimal value = new BigDecimal(number.replace(" ", "").replace(',', '.'));
        return new Target.Threshold(text, comparison(m.group(1)), value, m.group(3) != null);
    }

    private static Comparison comparison(String symbol) {
        if (symbol == null) {
            return null;
        }
        return switch (symbol) {
            case ">" -> Comparison.GREATER;
            case ">=", "≥" -> Comparison.GREATER_OR_EQUAL;
            case "<" -> Comparison.LESS;
            default -> Comparison.LESS_OR_EQUAL;
        };
    }

    /**
     * The value without trailing zeros but never in exponent form: a stored 100.000000 is 100, not 1E+2 (which JSON
     * allows, but no reader expects).
     */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** A number as the letters write it: decimal comma, a space between thousands (7 961; 60,9). */
    public static String format(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String integer = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + digits.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(integer.charAt(i));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }
}
