package no.oslo.styring.assignment.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.assignment.calendar.CalendarEntry;
import no.oslo.styring.assignment.calendar.CalendarSource;
import no.oslo.styring.assignment.calendar.Meeting;
import no.oslo.styring.assignment.period.ReportingPeriod;
import no.oslo.styring.platform.period.PeriodId;

/**
 * A unit's reporting duties in its styringskalender: a duty at points on each named period's deadline, a dated one on its
 * date, one before a meeting kind on the day of each such meeting. Event-driven duties have no day and are not listed.
 */
@ApplicationScoped
public class DutyCalendar implements CalendarSource {

    @Inject
    DutyService duties;

    @Override
    public List<CalendarEntry> entries(int year, String unit, List<Meeting> meetings, List<ReportingPeriod> periods) {
        List<CalendarEntry> out = new ArrayList<>();
        for (ReportingDuty d : duties.dutiesOf(year, unit)) {
            String title = "Rapporteringskrav: " + d.text;
            if (!d.points.isEmpty()) {
                for (ReportingPeriod p : periods) {
                    PeriodId period = PeriodId.parse(p.id);
                    if (d.timing().dueIn(period)) {
                        out.add(new CalendarEntry("duty-" + d.id + "-" + p.id, CalendarEntry.Kind.DUTY_DUE, title,
                                "Til " + d.to + ", " + period.labelNb(), p.deadline, null, null, null));
                    }
                }
            } else if (d.date != null) {
                out.add(new CalendarEntry("duty-" + d.id, CalendarEntry.Kind.DUTY_DUE, title, "Til " + d.to, d.date, null,
                        null, null));
            } else if (d.beforeMeeting != null) {
                for (Meeting m : meetings) {
                    LocalDate day = m.time().day();
                    if (m.kind == d.beforeMeeting && day != null) {
                        out.add(new CalendarEntry("duty-" + d.id + "-meeting-" + m.id, CalendarEntry.Kind.DUTY_DUE,
                                title + " (før " + m.title + ")", "Til " + d.to, day, null, null, null));
                    }
                }
            }
        }
        return out;
    }
}
