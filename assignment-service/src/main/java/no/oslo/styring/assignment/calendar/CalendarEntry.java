package no.oslo.styring.assignment.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One entry of a unit's styringskalender: a meeting (with a time), or a day (a reporting deadline, an oppdrag's deadline,
 * a document due before a meeting).
 *
 * @param uid stable across feeds, so that a calendar program updates an entry instead of adding it again
 * @param day the (first) day of an all-day entry, or null for a meeting at a time
 * @param lastDay the last day of an entry over several days («17.–18. april»), or null for one day
 */
public record CalendarEntry(String uid, Kind kind, String title, String description, LocalDate day, Instant start,
        Instant end, String location, LocalDate lastDay) {

    public CalendarEntry(String uid, Kind kind, String title, String description, LocalDate day, Instant start,
            Instant end, String location) {
        this(uid, kind, title, description, day, start, end, location, null);
    }

    public enum Kind {
        MEETING, REPORTING_DEADLINE, OPPDRAG_DEADLINE, DOCUMENT_DUE, DUTY_DUE
    }

    /** When the entry is, for ordering: its start, or the start of its day in UTC. */
    public Instant sortKey() {
        return start != null ? start : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
