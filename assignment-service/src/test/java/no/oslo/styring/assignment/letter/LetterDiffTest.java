package no.oslo.styring.assignment.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LetterDiffTest {

    private static final LetterContent.Section INNLEDNING = new LetterContent.Section("1", "Innledning", "Tekst.");
    private static final LetterContent.Section FELLES = new LetterContent.Section("2", "Fellesføringer for 2025", "Før.");

    @Test
    void aSupplementaryLetterShowsWhatItChanged() {
        LetterContent v1 = new LetterContent("24/1", LocalDate.of(2025, 1, 8), List.of("HLS"), List.of("HEL"),
                List.of(INNLEDNING, FELLES), List.of("Q1", "T2", "Y"), List.of());
        LetterContent v2 = new LetterContent("24/1", LocalDate.of(2025, 3, 1), List.of("HLS"), List.of("HEL"),
                List.of(INNLEDNING, new LetterContent.Section("2", "Fellesføringer for 2025", "Før. Nytt oppdrag."),
                        new LetterContent.Section("6", "Supplerende føringer", "Ny.")),
                List.of("Q1", "T2", "Y", "M05"),
                List.of());
        LetterDiff diff = LetterDiff.between(1, v1, 2, v2);
        assertEquals(List.of(new LetterDiff.FieldChange("date", LocalDate.of(2025, 1, 8), LocalDate.of(2025, 3, 1)),
                new LetterDiff.FieldChange("reportingPoints", List.of("Q1", "T2", "Y"), List.of("Q1", "T2", "Y", "M05"))),
                diff.fields());
        assertEquals(List.of("6"), diff.sectionsAdded().stream().map(LetterContent.Section::key).toList());
        assertEquals(List.of(), diff.sectionsRemoved());
        assertEquals(List.of(new LetterDiff.SectionChange("2", "Fellesføringer for 2025", "Fellesføringer for 2025", "Før.",
                "Før. Nytt oppdrag.")), diff.sectionsChanged());
        assertTrue(LetterDiff.between(1, v1, 1, v1).isEmpty());
        assertEquals(List.of("6"), LetterDiff.between(2, v2, 1, v1).sectionsRemoved().stream()
                .map(LetterContent.Section::key).toList());
    }

    @Test
    void contentNeedsIssuersRecipientsAndNumberedSections() {
        LetterContent bad = new LetterContent(null, null, List.of(), List.of("HEL"),
                List.of(INNLEDNING, new LetterContent.Section("1", "", null)), List.of("Q1", "T5"), List.of("sections"));
        assertEquals(List.of("issuers", "reportingPoints[1]", "inferred[0]", "sections[1].key", "sections[1].heading",
                "sections[1].text"),
                bad.problems().stream().map(LetterContent.Problem::field).toList());
    }
}
