package no.oslo.styring.assignment.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.oslo.styring.platform.period.PeriodId;

class DeadlineRuleTest {

    private final DeadlineRule rule = new DeadlineRule(20, 20, 20, 20, 46);

    @Test
    void budgetStatusForMayIsDueOnTwentiethOfJune() {
        assertEquals(LocalDate.of(2025, 6, 20), rule.deadlineOf(PeriodId.parse("2025-M05")));
    }

    @Test
    void eachTypeHasItsOwnOffset() {
        assertEquals(LocalDate.of(2025, 4, 20), rule.deadlineOf(PeriodId.parse("2025-Q1")));
        assertEquals(LocalDate.of(2025, 9, 20), rule.deadlineOf(PeriodId.parse("2025-T2")));
        assertEquals(LocalDate.of(2024, 7, 20), rule.deadlineOf(PeriodId.parse("2024-H1")));
        assertEquals(LocalDate.of(2026, 2, 15), rule.deadlineOf(PeriodId.parse("2025-Y")));
    }

    @Test
    void negativeOffsetsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DeadlineRule(-1, 0, 0, 0, 0));
    }
}
