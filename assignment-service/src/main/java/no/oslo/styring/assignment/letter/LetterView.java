package no.oslo.styring.assignment.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Letter", description = "An allocation letter (tildelingsbrev) as of one version")
public record LetterView(long id, int year, String title, int version, int currentVersion, String reference,
        LocalDate date, List<String> issuers, List<String> recipients, List<LetterContent.Section> sections,
        @Schema(description = "The reporting points the letter asks for", examples = "[\"Q1\", \"T2\", \"Y\"]") List<String> reportingPoints,
        @Schema(description = "The reporting points as users read them", examples = "1. kvartal, 2. tertial, årsberetning") String reportingPointsNb,
        List<String> inferred, Instant recordedAt, String recordedBy, String reason) {

    static LetterView of(Letter l, LetterVersion v, LetterContent c) {
        return new LetterView(l.id, l.year, l.title, v.version, l.currentVersion, c.reference(), c.date(), c.issuers(),
                c.recipients(), c.sections(), c.reportingPoints(), c.reportingPoints().isEmpty()
                        ? null
                        : new no.oslo.styring.platform.period.ReportingPoints(c.reportingPoints()).labelNb(),
                c.inferred(), v.recordedAt, v.recordedBy, v.reason);
    }

    /** A version in a letter's history, without its content. */
    @Schema(name = "LetterVersionSummary")
    public record Summary(int version, Instant recordedAt, String recordedBy, String reason) {
    }
}
