package no.oslo.styring.assignment.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.Problem.FieldError;

/**
 * When a meeting is, in one of the three ways the letters give it: at a time (an etatsstyringsmøte 12 March 08–10), on
 * whole days (the bydeler's samlinger «7. februar, 17. – 18. april …»), or within a period without a date yet (the
 * ledersamtaler «i første halvår 2024»). Plain Java.
 */
public record MeetingTime(Instant startsAt, Instant endsAt, LocalDate firstDay, LocalDate lastDay, PeriodId within) {

    /** The time of a request, or the problems with it, each naming its field. */
    public static List<FieldError> problemsOf(MeetingRequest r) {
        List<FieldError> errors = new ArrayList<>();
        boolean atTime = r.startsAt() != null || r.endsAt() != null;
        boolean onDays = r.firstDay() != null || r.lastDay() != null;
        boolean inPeriod = r.within() != null;
        int forms = (atTime ? 1 : 0) + (onDays ? 1 : 0) + (inPeriod ? 1 : 0);
        if (forms == 0) {
            errors.add(new FieldError("startsAt", "is required: give startsAt and endsAt, or firstDay (and lastDay), or "
                    + "within (a period such as 2024-H1)"));
        } else if (forms > 1) {
            errors.add(new FieldError(inPeriod ? "within" : "firstDay",
                    "give one of a time (startsAt, endsAt), days (firstDay, lastDay) or a period (within), not several"));
        } else if (atTime) {
            if (r.startsAt() == null) {
                errors.add(new FieldError("startsAt", "is required with endsAt"));
            } else if (r.endsAt() == null) {
                errors.add(new FieldError("endsAt", "is required with startsAt"));
            } else if (!r.endsAt().isAfter(r.startsAt())) {
                errors.add(new FieldError("endsAt", "must be after startsAt"));
            }
        } else if (onDays) {
            if (r.firstDay() == null) {
                errors.add(new FieldError("firstDay", "is required with lastDay"));
            } else if (r.lastDay() != null && (r.lastDay().isBefore(r.firstDay())
                    || r.lastDay().getYear() != r.firstDay().getYear())) {
                errors.add(new FieldError("lastDay", "must be on or after firstDay, in the same year"));
            }
        } else if (!PeriodId.isValid(r.within())) {
            errors.add(new FieldError("within", "'" + r.within() + "' is not a period such as 2024-H1, 2025-T2 or 2025-Y"));
        }
        return errors;
    }

    /** The time of a request without problems. */
    public static MeetingTime of(MeetingRequest r) {
        return new MeetingTime(r.startsAt(), r.endsAt(), r.firstDay(),
                r.firstDay() == null ? null : r.lastDay() == null ? r.firstDay() : r.lastDay(),
                r.within() == null ? null : PeriodId.parse(r.within()));
    }

    /** The year the meeting belongs to. */
    public int year() {
        if (startsAt != null) {
            return startsAt.atZone(PeriodId.ZONE).getYear();
        }
        return firstDay != null ? firstDay.getYear() : within.year();
    }

    /** The (first) day of a meeting at a time or on days; null for one within a period. */
    public LocalDate day() {
        return startsAt != null ? startsAt.atZone(PeriodId.ZONE).toLocalDate() : firstDay;
    }

    /** «i løpet av 1. halvår 2024» for a meeting within a period, else null. */
    public String withinNb() {
        return within == null ? null : "i løpet av " + within.labelNb();
    }
}
