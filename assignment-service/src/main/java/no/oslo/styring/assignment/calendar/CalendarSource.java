package no.oslo.styring.assignment.calendar;

import java.util.List;

import no.oslo.styring.assignment.period.ReportingPeriod;

/**
 * A feature that adds entries to a unit's styringskalender (the reporting duties do), given the unit's meetings and the
 * year's reporting periods, so that the calendar does not depend on the features that fill it.
 */
public interface CalendarSource {

    List<CalendarEntry> entries(int year, String unit, List<Meeting> meetings, List<ReportingPeriod> periods);
}
