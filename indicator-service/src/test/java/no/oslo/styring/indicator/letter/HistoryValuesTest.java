package no.oslo.styring.indicator.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "73,4 %|73.4", "7 458|7458", "38.9|38.9", "36.2 %|36.2", "94,2|94.2", "11500|11500", "76,7%|76.7",
            "9\u00A0894|9894", "N/A|", "xx|", "7.961|", "-|"})
    void readsPrintedResultsAsNumbersWhereTheyAreOne(String printed, String expected) {
        assertEquals(Optional.ofNullable(expected).map(BigDecimal::new), HistoryValues.numberOf(printed));
    }
}
