package no.oslo.styring.platform.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPointsTest {

    /** Helseetaten's budget status: «1. kvartal, 2. tertial og årsberetningen» and «innen 20. juni (status pr. t.o.m. mai)». */
    private final ReportingPoints budgetStatus = new ReportingPoints(List.of("Q1", "T2", "Y", "M05"));

    @Test
    void somethingIsDueOnlyAtThePointsItsLetterNames() {
        assertEquals(List.of("2025-Q1", "2025-M05", "2025-T2", "2025-Y"),
                budgetStatus.of(2025).stream().map(PeriodId::toString).toList());
        assertFalse(budgetStatus.dueIn(PeriodId.parse("2025-Q2")), "no letter asked for 2. kvartal");
        assertFalse(budgetStatus.dueIn(PeriodId.parse("2025-T1")));
        assertFalse(budgetStatus.dueIn(PeriodId.parse("2025-M04")));
        assertTrue(budgetStatus.dueIn(PeriodId.parse("2025-M05")));
    }

    @Test
    void theShorthandsMeanEveryPeriodOfTheirKind() {
        ReportingPoints monthly = new ReportingPoints(List.of("M"));
        assertEquals(12, monthly.of(2025).size());
        assertEquals(List.of("2024-H1", "2024-H2"),
                new ReportingPoints(List.of("H")).of(2024).stream().map(PeriodId::toString).toList());
        assertEquals(22, ReportingPoints.EVERY_PERIOD.of(2025).size());
    }

    @Test
    void theOldPeriodTypesKeepTheirMeaning() {
        ReportingPoints old = new ReportingPoints(List.of("Q", "T", "Y"));
        assertEquals(4 + 3 + 1, old.of(2025).size());
        assertTrue(old.dueIn(PeriodId.parse("2025-Q2")));
        assertEquals(List.of("Q", "T", "Y"), new ReportingPoints(List.of("Q1", "T2", "Y")).periodTypes());
    }

    @Test
    void pointsAreLabelledAsTheLettersSayThem() {
        assertEquals("1. kvartal, 2. tertial, årsberetning, mai", budgetStatus.labelNb());
        assertEquals("Q1, T2, annual report, May", budgetStatus.labelEn());
        assertEquals("hver måned, 1. halvår", new ReportingPoints(List.of("M", "H1")).labelNb());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q5", "T4", "H3", "M13", "M5", "Y1", "q1", "2025-Q1", "", "X"})
    void malformedPointsAreRefusedQuotingThem(String point) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReportingPoints(List.of("Y", point)));
        assertTrue(e.getMessage().contains("'" + point + "'"), e.getMessage());
        assertTrue(ReportingPoints.problemOfNb(point).orElseThrow().contains("rapporteringspunkt"));
    }

    @Test
    void aPointNamedTwiceOrNoPointAtAllIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReportingPoints(List.of("Q1", "Q1")));
        assertThrows(IllegalArgumentException.class, () -> new ReportingPoints(List.of()));
    }
}
