package no.oslo.styring.assignment.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.oslo.styring.assignment.calendar.MeetingKind;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.platform.problem.Problem.FieldError;

/**
 * When a reporting duty is due, in one of the four ways the letters give it: at reporting points («i andre tertial og i
 * årsberetningen»: T2, Y), on a date («innen 20. juni»), when something happens («fortløpende», «straks» for serious
 * incidents), or before each meeting of a kind (the risk matrix before every etatsstyringsmøte). Plain Java.
 *
 * @param points the reporting points, or empty
 * @param date the date, or null
 * @param event the letter's word for an event-driven duty («fortløpende», «straks»), or null
 * @param beforeMeeting the kind of meeting the duty is due before, or null
 */
public record DutyTiming(List<String> points, LocalDate date, String event, MeetingKind beforeMeeting) {

    public DutyTiming {
        points = points == null ? List.of() : List.copyOf(points);
        event = event == null || event.isBlank() ? null : event.strip();
    }

    /** The problems of a timing, each naming its field under {@code at} ("when."). */
    public List<FieldError> problems(String at, int year) {
        List<FieldError> errors = new ArrayList<>();
        int forms = (points.isEmpty() ? 0 : 1) + (date == null ? 0 : 1) + (event == null ? 0 : 1)
                + (beforeMeeting == null ? 0 : 1);
        if (forms != 1) {
            errors.add(new FieldError(at.isEmpty() ? "when" : at.substring(0, at.length() - 1), "give exactly one of "
                    + "points (Q1, T2, Y …), date, event («fortløpende», «straks») or beforeMeeting"));
            return errors;
        }
        ReportingPoints.problemsOf(points).forEach(p -> errors.add(new FieldError(at + "points[" + p.index() + "]",
                p.message())));
        if (date != null && (date.getYear() < year || date.getYear() > year + 1)) {
            errors.add(new FieldError(at + "date", date + " is not in " + year + " or early " + (year + 1)));
        }
        if (event != null && event.length() > 100) {
            errors.add(new FieldError(at + "event", "must be at most 100 characters"));
        }
        return errors;
    }

    /** Whether the duty is due at a period: a point names it, or its date falls within it. */
    public boolean dueIn(PeriodId period) {
        if (!points.isEmpty()) {
            return new ReportingPoints(points).dueIn(period);
        }
        return date != null && !date.isBefore(period.start()) && !date.isAfter(period.end());
    }

    /** Whether it is due at points or a date, so that it can be missing; event-driven ones and meetings' are not. */
    public boolean scheduled() {
        return !points.isEmpty() || date != null;
    }

    /** As users read it: «2. tertial, årsberetning», «innen 20.06.2025», «fortløpende», «før hvert etatsstyringsmøte». */
    public String labelNb() {
        if (!points.isEmpty()) {
            return new ReportingPoints(points).labelNb();
        }
        if (date != null) {
            return "innen " + String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
        return event != null ? event : "før hvert " + beforeMeeting.labelNb().toLowerCase(java.util.Locale.ROOT);
    }
}
