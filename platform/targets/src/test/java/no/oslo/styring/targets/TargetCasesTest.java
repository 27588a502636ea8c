package no.oslo.styring.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared cases (target-cases.tsv) and the grammar's refusals. */
class TargetCasesTest {

    static Stream<Arguments> cases() throws IOException {
        try (var in = TargetCasesTest.class.getResourceAsStream("/no/oslo/styring/targets/target-cases.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Arguments> cases = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1)).map(c -> Arguments.of((Object[]) c)).toList();
            assertTrue(cases.size() >= 30, "the case file is read");
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0} ({1}) with {2}, earlier {3} -> {4}")
    @MethodSource("cases")
    void everyCaseEvaluatesAsSpecified(String text, String direction, String value, String earlier, String outcome,
            String threshold) {
        Target target = Targets.parse(text);
        Evaluation e = Evaluation.of(target, value.equals("-") ? null : new BigDecimal(value),
                Direction.valueOf(direction), year -> earlier.equals("-") || !earlier.startsWith(year + "=")
                        ? Optional.empty()
                        : Optional.of(new BigDecimal(earlier.substring(5))));
        assertEquals(Evaluation.Outcome.valueOf(outcome), e.outcome(), e.explanationEn());
        if (threshold.equals("-")) {
            assertNull(e.threshold());
        } else {
            assertEquals(0, new BigDecimal(threshold).compareTo(e.threshold()), e.explanationEn());
        }
        assertEquals(text, e.target());
    }

    @Test
    void numbersAreExactAndNorwegian() {
        var t = (Target.Threshold) Targets.parse(">75,2\u00A0%");
        assertEquals(Comparison.GREATER, t.comparison());
        assertEquals(new BigDecimal("75.2"), t.value());
        assertTrue(t.percent());
        assertEquals(new BigDecimal("1206593"), ((Target.Threshold) Targets.parse("1\u00A0206\u00A0593")).value());
        assertEquals("7 961", Targets.format(new BigDecimal("7961")));
        assertEquals("60,9", Targets.format(new BigDecimal("60.90")));
        assertEquals("-1 206 593", Targets.format(new BigDecimal("-1206593")));
    }

    @Test
    void theEvaluationExplainsItself() {
        Evaluation e = Evaluation.of(Targets.parse("80"), new BigDecimal("81.5"), Direction.HIGHER_IS_BETTER,
                y -> Optional.empty());
        assertEquals("81,5 >= 80 (måltall 80, høyere er bedre)", e.explanationNb());
        Evaluation asGood = Evaluation.of(Targets.parse("1) Minst like godt resultat som for 2023"), new BigDecimal("12"),
                Direction.LOWER_IS_BETTER, y -> Optional.of(new BigDecimal("11,5".replace(',', '.'))));
        assertEquals("12 not <= 11,5 (at least as good as 2023 (11,5), lower is better)", asGood.explanationEn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "75.2", "7.961", ">", ">>5", "1 2345", "80 %%", "=80", "ca. 80", "80-90"})
    void textsOutsideTheGrammarAreRefusedQuotingThem(String text) {
        TargetSyntaxException e = assertThrows(TargetSyntaxException.class, () -> Targets.parse(text));
        assertTrue(e.getMessage().startsWith("'" + text + "'"), e.getMessage());
        assertEquals(text, e.text());
    }
}
