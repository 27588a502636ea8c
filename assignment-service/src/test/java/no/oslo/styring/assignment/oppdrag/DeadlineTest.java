package no.oslo.styring.assignment.oppdrag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.oslo.styring.platform.period.PeriodId;

class DeadlineTest {

    @Test
    void theEndOfAPeriodIsItsLastDay() {
        assertEquals(new Deadline(LocalDate.of(2025, 6, 30), "2025-Q2"), Deadline.ofPeriod(PeriodId.parse("2025-Q2")));
        assertEquals(LocalDate.of(2025, 12, 31), Deadline.ofPeriod(PeriodId.parse("2025-Y")).date());
    }

    @Test
    void overdueOnlyWhileADeliveryIsOwedAndTheDayHasPassed() {
        Deadline d = new Deadline(LocalDate.of(2025, 1, 31), null);
        assertFalse(d.isOverdue(OppdragStatus.ISSUED, LocalDate.of(2025, 1, 31)), "the deadline day itself is in time");
        assertTrue(d.isOverdue(OppdragStatus.ISSUED, LocalDate.of(2025, 2, 1)));
        assertTrue(d.isOverdue(OppdragStatus.RETURNED, LocalDate.of(2025, 2, 1)));
        assertFalse(d.isOverdue(OppdragStatus.DELIVERED, LocalDate.of(2025, 2, 1)));
        assertFalse(d.isOverdue(OppdragStatus.ANNOUNCED, LocalDate.of(2025, 2, 1)));
        assertFalse(new Deadline(null, null).isOverdue(OppdragStatus.ISSUED, LocalDate.of(2030, 1, 1)));
        assertTrue(d.isNear(LocalDate.of(2025, 1, 24), 7));
        assertFalse(d.isNear(LocalDate.of(2025, 1, 23), 7));
        assertFalse(d.isNear(LocalDate.of(2025, 2, 1), 7));
    }

    @Test
    void theLifecycle() {
        assertEquals(Set.of(OppdragStatus.ISSUED), OppdragStatus.ANNOUNCED.next());
        assertEquals(Set.of(OppdragStatus.ACCEPTED, OppdragStatus.RETURNED), OppdragStatus.DELIVERED.next());
        assertEquals(Set.of(OppdragStatus.DELIVERED), OppdragStatus.RETURNED.next());
        assertEquals(Set.of(), OppdragStatus.ACCEPTED.next());
    }
}
