package no.oslo.styring.platform.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodIdTest {

    @ParameterizedTest
    @CsvSource({
            "2025-M05, MONTH,   5, 2025-05-01, 2025-05-31, 2025-05-01, mai 2025",
            "2025-Q1,  QUARTER, 1, 2025-01-01, 2025-03-31, 2025-01-01, 1. kvartal 2025",
            "2025-T2,  TERTIAL, 2, 2025-05-01, 2025-08-31, 2025-01-01, 2. tertial 2025",
            "2024-Y,   YEAR,    1, 2024-01-01, 2024-12-31, 2024-01-01, årsberetning 2024",
            "2024-H1,  HALF,    1, 2024-01-01, 2024-06-30, 2024-01-01, 1. halvår 2024",
            "2024-H2,  HALF,    2, 2024-07-01, 2024-12-31, 2024-07-01, 2. halvår 2024",
            "2024-M02, MONTH,   2, 2024-02-01, 2024-02-29, 2024-02-01, februar 2024"})
    void parsesTheLettersPeriods(String text, PeriodType type, int number, LocalDate start, LocalDate end, LocalDate cumulative,
            String label) {
        PeriodId id = PeriodId.parse(text);
        assertEquals(type, id.type());
        assertEquals(number, id.number());
        assertEquals(start, id.start());
        assertEquals(end, id.end());
        assertEquals(cumulative, id.cumulativeStart());
        assertEquals(label, id.labelNb());
        assertEquals(text, id.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025", "2025-Q5", "2025-T4", "2025-M13", "2025-M5", "2025-M00", "25-Q1", "2025-q1", "2025-Y1",
            "2025-H3", "2025-H0", "1999-Y", " 2025-Q1"})
    void refusesMalformedIds(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeriodId.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'") || e.getMessage().contains("year"), e.getMessage());
    }

    @Test
    void aYearHasTwentyTwoPeriodsOrderedByEnd() {
        var all = PeriodId.allOf(2025);
        assertEquals(12 + 4 + 3 + 2 + 1, all.size());
        var sorted = all.stream().sorted().map(PeriodId::toString).toList();
        assertEquals("2025-M01", sorted.get(0));
        assertEquals(java.util.List.of("2025-M03", "2025-Q1"), sorted.subList(2, 4));
        assertEquals(java.util.List.of("2025-M06", "2025-Q2", "2025-H1"), sorted.subList(7, 10));
        assertEquals("2025-Y", sorted.get(sorted.size() - 1));
    }
}
