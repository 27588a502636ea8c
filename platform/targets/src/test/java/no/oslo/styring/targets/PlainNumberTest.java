package no.oslo.styring.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PlainNumberTest {

    @Test
    void storedValuesComeBackWithoutTrailingZerosAndNeverInExponentForm() {
        assertEquals("100", Targets.plain(new BigDecimal("100.000000")).toString());
        assertEquals("81.5", Targets.plain(new BigDecimal("81.500000")).toString());
        assertEquals("7961", Targets.plain(new BigDecimal("7961")).toString());
        assertEquals("0", Targets.plain(new BigDecimal("0.000000")).toString());
        assertNull(Targets.plain(null));
    }
}
