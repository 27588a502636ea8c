package no.oslo.styring.assignment.period;

import java.time.LocalDate;

import no.oslo.styring.platform.period.PeriodId;

/** A period's default deadline: so many days after its last day, per period type. */
public record DeadlineRule(int monthDays, int quarterDays, int tertialDays, int halfDays, int yearDays) {

    public DeadlineRule {
        if (monthDays < 0 || quarterDays < 0 || tertialDays < 0 || halfDays < 0 || yearDays < 0) {
            throw new IllegalArgumentException("deadline days cannot be negative");
        }
    }

    public LocalDate deadlineOf(PeriodId period) {
        int days = switch (period.type()) {
            case MONTH -> monthDays;
            case QUARTER -> quarterDays;
            case TERTIAL -> tertialDays;
            case HALF -> halfDays;
            case YEAR -> yearDays;
        };
        return period.end().plusDays(days);
    }
}
