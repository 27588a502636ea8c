package no.oslo.styring.assignment.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes calendar entries as an iCalendar feed (RFC 5545): CRLF line ends, lines folded at 75 octets, text escaped,
 * meetings in UTC, deadlines as all-day events. Hand-written rather than a library: the feed uses five properties of one
 * component, and this class and its test are shorter than the adapter code a library would need. Plain Java.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private ICalendar() {
    }

    public static String write(String name, List<CalendarEntry> entries, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Oslo kommune//Styring//NO");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (CalendarEntry e : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid() + "@styring.oslo.kommune.no");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            if (e.day() != null) {
                line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
                line(out, "DTEND;VALUE=DATE:" + DAY.format((e.lastDay() == null ? e.day() : e.lastDay()).plusDays(1)));
            } else {
                line(out, "DTSTART:" + UTC.format(e.start()));
                line(out, "DTEND:" + UTC.format(e.end()));
            }
            line(out, "SUMMARY:" + text(e.title()));
            if (e.description() != null && !e.description().isBlank()) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + text(e.location()));
            }
            line(out, "CATEGORIES:" + e.kind().name());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
