package no.oslo.styring.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NorwegianFormatTest {

    @Test
    void amountsAsTheLettersPrintThem() {
        assertEquals("1\u00a0206\u00a0593", NorwegianFormat.amount(1_206_593));
        assertEquals("29\u00a0756\u00a0696", NorwegianFormat.amount(29_756_696));
        assertEquals("\u22129\u00a0267", NorwegianFormat.amount(-9267));
        assertEquals("0", NorwegianFormat.amount(0));
        assertEquals("999", NorwegianFormat.amount(999));
        assertEquals("1\u00a0000", NorwegianFormat.amount(1000));
        assertEquals("\u2212100\u00a0000", NorwegianFormat.amount(-100_000));
    }

    @Test
    void decimalsWithACommaAndNoExponent() {
        assertEquals("75,2", NorwegianFormat.decimal(new BigDecimal("75.20")));
        assertEquals("100", NorwegianFormat.decimal(new BigDecimal("1E+2")));
        assertEquals("1\u00a0234,5", NorwegianFormat.decimal(new BigDecimal("1234.5")));
        assertEquals("\u22120,5", NorwegianFormat.decimal(new BigDecimal("-0.5")));
    }

    @Test
    void daysAsADateFieldSendsThemOrAsOsloWritesThem() {
        assertEquals("2025-03-12", NorwegianFormat.parseDay("2025-03-12"));
        assertEquals("2025-03-12", NorwegianFormat.parseDay(" 12.3.2025 "));
        assertEquals(null, NorwegianFormat.parseDay("31.2.2025"));
        assertEquals(null, NorwegianFormat.parseDay("i går"));
        assertEquals(null, NorwegianFormat.parseDay(null));
    }

    @Test
    void numbersAsPeopleTypeThem() {
        assertEquals(new BigDecimal("81.5"), NorwegianFormat.parse("81,5"));
        assertEquals(new BigDecimal("81.5"), NorwegianFormat.parse(" 81.5 "));
        assertEquals(new BigDecimal("1206593"), NorwegianFormat.parse("1 206 593"));
        assertEquals(new BigDecimal("1206593"), NorwegianFormat.parse("1\u00a0206\u00a0593"));
        assertEquals(new BigDecimal("-2"), NorwegianFormat.parse("\u22122"));
        assertEquals(null, NorwegianFormat.parse("  "));
        org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> NorwegianFormat.parse("80 %"));
        org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> NorwegianFormat.parse("1,2,3"));
        assertEquals("75,2", NorwegianFormat.input(new BigDecimal("75.20")));
    }
}
