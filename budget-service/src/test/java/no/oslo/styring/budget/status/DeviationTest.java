package no.oslo.styring.budget.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DeviationTest {

    @Test
    void aForecastAboveTheFrameIsMerforbruk() {
        assertEquals(new Deviation(-3_407, Deviation.Kind.MERFORBRUK), Deviation.of(1_206_593L, 1_210_000));
    }

    @Test
    void aForecastBelowTheFrameIsMindreforbruk() {
        assertEquals(new Deviation(6_593, Deviation.Kind.MINDREFORBRUK), Deviation.of(1_206_593L, 1_200_000));
    }

    @Test
    void anExactForecastIsInBalanceAndNoFrameMeansNoDeviation() {
        assertEquals(new Deviation(0, Deviation.Kind.I_BALANSE), Deviation.of(29_756_696L, 29_756_696));
        assertNull(Deviation.of(null, 100));
    }

    @Test
    void overflowIsAnErrorNotAWrongNumber() {
        assertThrows(ArithmeticException.class, () -> Deviation.of(Long.MIN_VALUE, 1));
    }
}
