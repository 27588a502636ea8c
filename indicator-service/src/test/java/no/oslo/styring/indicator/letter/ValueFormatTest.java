package no.oslo.styring.indicator.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What a value of each kind may be, and that the six measures of the first formats mean what they meant. Plain Java. */
class ValueFormatTest {

    @Test
    void aDecimalInMicrogramsPerCubicMetreTakesItsDecimalsAndNothingBelowZero() {
        ValueFormat pm10 = new ValueFormat("µg/m³", ValueKind.DECIMAL, 1);
        assertTrue(pm10.fits(new BigDecimal("14.2")));
        assertTrue(pm10.fits(new BigDecimal("14.20")), "a trailing zero is no decimal");
        assertTrue(pm10.fits(new BigDecimal("15")));
        assertFalse(pm10.fits(new BigDecimal("14.25")));
        assertFalse(pm10.fits(new BigDecimal("-0.1")));
        assertEquals("0 or more, at most 1 decimal", pm10.ruleEn());
        assertEquals("0 eller mer, høyst 1 desimal", pm10.ruleNb());
        assertEquals(Optional.empty(), pm10.legacyMeasure());
        assertEquals("OTHER", pm10.legacyMeasureName());
    }

    @Test
    void wholePercentAndScoreKeepTheirRules() {
        ValueFormat kroner = new ValueFormat("kroner", ValueKind.WHOLE, null);
        assertTrue(kroner.fits(new BigDecimal("1206593")));
        assertFalse(kroner.fits(new BigDecimal("7.5")));
        assertFalse(kroner.fits(new BigDecimal("-1")));
        ValueFormat share = new ValueFormat("prosent", ValueKind.PERCENT, 1);
        assertTrue(share.fits(new BigDecimal("100")));
        assertFalse(share.fits(new BigDecimal("100.1")));
        assertFalse(share.fits(new BigDecimal("63.65")));
        assertTrue(new ValueFormat("skår", ValueKind.SCORE, null).fits(new BigDecimal("-2.75")));
        assertEquals("a whole number, 0 or more", kroner.ruleEn());
    }

    @Test
    void theSixMeasuresOfTheFirstFormatsMeanExactlyWhatTheyMeant() {
        for (Measure m : Measure.values()) {
            ValueFormat f = ValueFormat.of(m);
            assertEquals(m.labelNb(), f.unitOfMeasure());
            assertEquals(Optional.of(m), f.legacyMeasure(), m.name());
        }
        assertEquals(ValueKind.WHOLE, ValueFormat.of(Measure.COUNT).kind());
        assertEquals(ValueKind.DECIMAL, ValueFormat.of(Measure.MINUTES).kind());
        // a value the old measure refused is still refused, and one it took still taken
        assertFalse(ValueFormat.of(Measure.COUNT).fits(new BigDecimal("7.5")));
        assertTrue(ValueFormat.of(Measure.PER_1000_INHABITANTS).fits(new BigDecimal("8.35")));
        assertFalse(ValueFormat.of(Measure.DAYS).fits(new BigDecimal("-1")));
    }

    @Test
    void aFormatNamesTheFieldOfEachProblem() {
        assertEquals(List.of("i.unitOfMeasure", "i.valueKind"),
                ValueFormat.problemsOf("i.", " ", null, null).stream().map(ImportCheck.Finding::field).toList());
        assertEquals("a WHOLE value has no decimals, was 2",
                ValueFormat.problemsOf("i.", "antall", ValueKind.WHOLE, 2).get(0).message());
        assertEquals("must be 0–6, was 7", ValueFormat.problemsOf("i.", "km", ValueKind.DECIMAL, 7).get(0).message());
        assertEquals("i.unitOfMeasure", ValueFormat.problemsOf("i.", "x".repeat(61), ValueKind.DECIMAL, null).get(0).field());
        assertEquals(List.of(), ValueFormat.problemsOf("i.", "innbyggere per legehjemmel", ValueKind.DECIMAL, 0));
    }
}
