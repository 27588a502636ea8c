package no.oslo.styring.portal.web;

import java.util.regex.Pattern;

/**
 * The parts of a page's address, checked before any service is asked: a year ({@code 2025}), a unit code ({@code HEL},
 * {@code 030112}), a period id ({@code 2025-T2}) and a version number. A bad one is a 400 page saying what is wrong, in
 * the person's language. Plain Java.
 */
public final class PageParams {

    private static final Pattern UNIT = Pattern.compile("^[A-Z0-9]{2,12}$");
    /** The services' period grammar (platform core's PeriodId, which the portal does not depend on). */
    private static final Pattern PERIOD = Pattern.compile("^[0-9]{4}-(M(0[1-9]|1[0-2])|Q[1-4]|T[1-3]|H[12]|Y)$");

    private PageParams() {
    }

    public static int year(String text, Msg msg) {
        if (text == null || !text.matches("^[0-9]{4}$") || Integer.parseInt(text) < 2000) {
            throw new PageException(400, msg.badYear(text));
        }
        return Integer.parseInt(text);
    }

    public static String unit(String text, Msg msg) {
        if (text == null || !UNIT.matcher(text).matches()) {
            throw new PageException(400, msg.badUnit(text));
        }
        return text;
    }

    public static String period(String text, Msg msg) {
        if (text == null || !PERIOD.matcher(text).matches()) {
            throw new PageException(400, msg.badPeriod(text));
        }
        return text;
    }

    /** A version from 1 to {@code max}: not a number is 400, a number out of range 404. */
    public static int version(String text, String field, int max, Msg msg) {
        if (text == null || !text.matches("^[0-9]{1,6}$")) {
            throw new PageException(400, msg.badVersion(field, String.valueOf(text)));
        }
        int v = Integer.parseInt(text);
        if (v < 1 || v > max) {
            throw new PageException(404, msg.noVersion(v));
        }
        return v;
    }
}
