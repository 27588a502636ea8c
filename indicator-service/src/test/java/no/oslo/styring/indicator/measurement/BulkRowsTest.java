package no.oslo.styring.indicator.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;

import no.oslo.styring.indicator.letter.Measure;
import no.oslo.styring.indicator.letter.ValueFormat;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.period.ReportingPoints;

class BulkRowsTest {

    @Test
    void readsSemicolonCsvWithDecimalCommasAsSpreadsheetsExportIt() throws IOException {
        List<BulkRows.Row> rows = csv("""
                unit;periodId;indicator;value;comment
                030112;2024-Y;bydel-andel-fast-ansatte-heltid;75,3;"Økt; fra 74,4"
                030112;2024-Y;bydel-foreldre-trivsel;4,7;
                030101;2024-Y;bydel-x;åtti;
                """);
        assertEquals(3, rows.size());
        assertEquals(new BigDecimal("75.3"), rows.get(0).value());
        assertEquals("Økt; fra 74,4", rows.get(0).comment());
        assertNull(rows.get(1).comment());
        assertEquals(4, rows.get(2).number(), "the CSV line");
        assertEquals("value", rows.get(2).field());
    }

    @Test
    void readsCommaCsvWithDecimalPointsAndAnyColumnOrder() throws IOException {
        List<BulkRows.Row> rows = csv("value,unit,indicator,periodId\n81.5,HEL,hel-svartid,2025-Q1\n");
        assertEquals(new BigDecimal("81.5"), rows.get(0).value());
        assertEquals("HEL", rows.get(0).unit());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> csv("unit,value\nHEL,1\n"));
        assertEquals("the CSV header lacks periodId, indicator; expected unit,periodId,indicator,value,comment",
                e.getMessage());
    }

    @Test
    void readsJsonArrays() throws IOException {
        List<BulkRows.Row> rows = new ArrayList<>();
        BulkRows.json(new JsonFactory(), stream("""
                [{"unit":"HEL","periodId":"2025-Q1","indicator":"hel-svartid","value":81.5},
                 {"unit":"HEL","periodId":"2025-Q1","indicator":"hel-etterslep","value":"10 608","extra":{"a":1}},
                 {"unit":"HEL","periodId":"2025-Q1","value":1}]"""), rows::add);
        assertEquals(new BigDecimal("81.5"), rows.get(0).value());
        assertEquals(new BigDecimal("10608"), rows.get(1).value());
        assertEquals("indicator", rows.get(2).field());
        assertEquals(3, rows.get(2).number());
    }

    @Test
    void valuesMustFitTheIndicatorsMeasure() {
        PeriodId q1 = PeriodId.parse("2025-Q1");
        List<String> units = List.of("HEL");
        ReportingPoints types = new ReportingPoints(List.of("Q1", "T2", "Y"));
        assertNull(MeasurementRules.problem("a", true, units, types, ValueFormat.of(Measure.PERCENT), "HEL", q1,
                new BigDecimal("100")));
        var percent = MeasurementRules.problem("a", true, units, types, ValueFormat.of(Measure.PERCENT), "HEL", q1,
                new BigDecimal("101"));
        assertEquals("value", percent.field());
        assertEquals("101 does not fit the indicator's value kind PERCENT (0–100)", percent.message());
        assertEquals("101 passer ikke for indikatoren, som måles i prosent (0–100)", percent.messageNb());
        assertEquals("7.5 does not fit the indicator's value kind WHOLE (a whole number, 0 or more)",
                MeasurementRules
                        .problem("a", true, units, types, ValueFormat.of(Measure.COUNT), "HEL", q1, new BigDecimal("7.5"))
                        .message());
        assertEquals("7,5 passer ikke for indikatoren, som måles i antall (et helt tall, 0 eller mer)",
                MeasurementRules
                        .problem("a", true, units, types, ValueFormat.of(Measure.COUNT), "HEL", q1, new BigDecimal("7.5"))
                        .messageNb());
        assertNull(MeasurementRules.problem("a", true, units, types, ValueFormat.of(Measure.SCORE), "HEL", q1,
                new BigDecimal("-2")));
        assertEquals("periodId",
                MeasurementRules
                        .problem("a", true, units, new ReportingPoints(List.of("Y")), ValueFormat.of(Measure.COUNT), "HEL", q1,
                                BigDecimal.ONE)
                        .field());
        assertEquals("the letter asks for indicator 'a' at annual report (Y), not in Q1 2025 (2025-Q1)",
                MeasurementRules
                        .problem("a", true, units, new ReportingPoints(List.of("Y")), ValueFormat.of(Measure.COUNT), "HEL", q1,
                                BigDecimal.ONE)
                        .message());
        assertEquals("indicator 'a' is not in a letter sent to unit 030112",
                MeasurementRules.problem("a", true, units, types, ValueFormat.of(Measure.COUNT), "030112", q1, BigDecimal.ONE)
                        .message());
    }

    private static List<BulkRows.Row> csv(String text) throws IOException {
        List<BulkRows.Row> rows = new ArrayList<>();
        BulkRows.csv(stream(text), rows::add);
        return rows;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
