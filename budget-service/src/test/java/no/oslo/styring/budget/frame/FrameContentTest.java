package no.oslo.styring.budget.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.oslo.styring.platform.problem.Problem.FieldError;

/** The derived frame and the rules a frame's content obeys, without Quarkus. */
class FrameContentTest {

    private static final List<Integer> YEARS = List.of(2025, 2026, 2027, 2028);

    private static FrameContent.Line line(String text, long... amounts) {
        return new FrameContent.Line(text, null, java.util.Arrays.stream(amounts).boxed().toList());
    }

    @Test
    void theFrameIsTheBasePlusEveryLineExactly() {
        var content = new FrameContent(YEARS, line("Vedtatt Dok 3", 1_172_600, 1_172_600, 1_172_600, 1_172_600),
                List.of(line("Prisjustering", 40_000, 20_000, 5_000, 0), line("Innsparing", -6_007, -5_037, -2_366, -9_267)));
        assertEquals(List.of(1_206_593L, 1_187_563L, 1_175_234L, 1_163_333L), content.frame());
        assertEquals(List.of(33_993L, 14_963L, 2_634L, -9_267L), content.changeFromBase());
        assertEquals(1_175_234L, content.frameOf(2027));
        assertNull(content.frameOf(2029));
    }

    @Test
    void aWellFormedFrameHasNoProblems() {
        var content = new FrameContent(YEARS, line("Vedtatt Dok 3", 1, 1, 1, 1), List.of(line("Null", 0, 0, 0, 0)));
        assertEquals(List.of(), content.problems(""));
    }

    @Test
    void eachProblemNamesItsField() {
        var shortLine = new FrameContent(YEARS, line("Vedtatt", 1, 1, 1, 1), List.of(line("Kort", 1, 2)));
        assertEquals(List.of("lines[0].amounts"), fields(shortLine.problems("")));

        var negativeBase = new FrameContent(YEARS, line("Vedtatt", 1, -1, 1, 1), List.of());
        assertEquals(List.of("base.amounts[1]"), fields(negativeBase.problems("")));

        var negativeFrame = new FrameContent(YEARS, line("Vedtatt", 10, 10, 10, 10), List.of(line("Kutt", 0, 0, -11, 0)));
        List<FieldError> problems = negativeFrame.problems("");
        assertEquals(List.of("lines"), fields(problems));
        assertTrue(problems.get(0).message().contains("2027"), problems.toString());

        var gap = new FrameContent(List.of(2025, 2027), line("Vedtatt", 1, 1), List.of());
        assertEquals(List.of("frames[0].years[1]"), fields(gap.problems("frames[0]")));

        var noText = new FrameContent(YEARS, line(" ", 1, 1, 1, 1), List.of());
        assertEquals(List.of("base.text"), fields(noText.problems("")));

        var noBase = new FrameContent(YEARS, null, List.of());
        assertEquals(List.of("base"), fields(noBase.problems("")));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
