package no.oslo.styring.assignment.letter;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of a letter (a supplementary letter): the whole content as it now stands, and why. */
@Schema(name = "LetterVersionRequest")
public record LetterVersionRequest(
        @NotBlank @Size(max = 500) @Schema(examples = "Supplerende tildelingsbrev 1") String reason,
        @Size(max = 100) String reference,
        LocalDate date,
        List<String> issuers,
        List<String> recipients,
        List<LetterContent.Section> sections,
        @Schema(description = "The reporting points the letter asks the recipients to report at (rapporteringspunkter): "
                + "the deadlines in their calendar", examples = "[\"Q1\", \"T2\", \"Y\", \"M05\"]") List<String> reportingPoints,
        @Schema(description = "The fields the letter does not print, so assumed", examples = "[\"reportingPoints\"]") List<String> inferred) {

    LetterContent content() {
        return new LetterContent(reference, date, issuers, recipients, sections, reportingPoints, inferred);
    }
}
