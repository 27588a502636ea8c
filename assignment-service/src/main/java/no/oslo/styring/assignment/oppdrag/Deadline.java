package no.oslo.styring.assignment.oppdrag;

import java.time.LocalDate;

import no.oslo.styring.platform.period.PeriodId;

/**
 * An oppdrag's deadline as the letter gives it: a date ("leveres 31.1.25"), or the end of a period ("innen utgangen av 2.
 * kvartal" = 2025-Q2, resolved to the period's last day). Overdue is derived, never stored. Plain Java.
 */
public record Deadline(LocalDate date, String period) {

    /** The deadline of a period: its last day. */
    public static Deadline ofPeriod(PeriodId period) {
        return new Deadline(period.end(), period.toString());
    }

    /** Whether an oppdrag in {@code status} is past this deadline on {@code today}. */
    public boolean isOverdue(OppdragStatus status, LocalDate today) {
        return date != null && status.awaitsDelivery() && today.isAfter(date);
    }

    /** Whether a reminder is due on {@code today}: the deadline is at most {@code days} ahead and not passed. */
    public boolean isNear(LocalDate today, int days) {
        return date != null && !today.isAfter(date) && !today.plusDays(days).isBefore(date);
    }
}
