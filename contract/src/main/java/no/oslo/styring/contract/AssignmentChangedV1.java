package no.oslo.styring.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code no.oslo.styring.assignment.changed.v1} (every transition of an oppdrag) and
 * {@code no.oslo.styring.assignment.reminder.v1} (its deadline is near) on {@code styring.assignments}: one event per
 * recipient, keyed by that unit's code, so that each unit's events stay in order. The subject is {@code <unit>/oppdrag/<id>}.
 *
 * @param status ANNOUNCED, ISSUED, DELIVERED, ACCEPTED or RETURNED
 * @param transition what happened: ANNOUNCED, ISSUED, DELIVERED, ACCEPTED, RETURNED, or REMINDER
 * @param deadline the deadline as a date (a period's deadline resolved to the period's last day), or null
 * @param deadlinePeriod the period the deadline was given as ("innen utgangen av 2. kvartal" = 2025-Q2), or null
 * @param parties bodies outside the letter the oppdrag names, with their role (CO_RESPONSIBLE, OWNER, PARTNER)
 * @param recipientRole RESPONSIBLE, JOINT (with co-responsible parties) or SUPPORTING (the owner)
 */
public record AssignmentChangedV1(
        String unit,
        long oppdragId,
        int year,
        String issuer,
        List<String> recipients,
        String title,
        String status,
        String transition,
        LocalDate deadline,
        String deadlinePeriod,
        boolean overdue,
        String note,
        String documentLink,
        Instant at,
        String by,
        List<Party> parties,
        String recipientRole) {

    /** A body outside the letter, as the letter names it («Oslo Origo»), and its role in the oppdrag. */
    public record Party(String name, String role) {
    }
}
