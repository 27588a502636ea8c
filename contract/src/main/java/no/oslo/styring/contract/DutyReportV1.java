package no.oslo.styring.contract;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code no.oslo.styring.duty.report.v1}: a unit's reporting duties (rapporteringskrav) for a closed period, from
 * the assignment-service. Every duty due from the unit at the period (its points name the period, or its date falls in
 * it) is listed as DELIVERED, NOT_DELIVERED or MISSING, never left out; the event-driven duties and those due before a
 * meeting are listed as ONGOING with what the unit delivered during the period.
 *
 * @param revision 1 for the period's first close; a close that ends a reopening for the unit issues the next
 */
public record DutyReportV1(
        String unit,
        String periodId,
        int revision,
        Instant generatedAt,
        int year,
        Counts counts,
        List<Duty> duties) {

    /** delivered + notDelivered + missing = due; ongoing duties are not counted as due. */
    public record Counts(int due, int delivered, int notDelivered, int missing, int ongoing) {
    }

    /**
     * One duty of the unit at the period.
     *
     * @param status DELIVERED, NOT_DELIVERED, MISSING or ONGOING
     * @param occasion the period, the date or the day of the event the latest fulfilment is for, or null
     */
    public record Duty(long dutyId, String text, String to, String whenNb, String concerns, String section, String status,
            String occasion, String note, String documentLink, String deliveredBy, Instant deliveredAt) {
    }
}
