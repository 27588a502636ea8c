package no.oslo.styring.assignment.letter;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new letter (its first version). */
@Schema(name = "LetterRequest")
public record LetterRequest(
        @NotNull @Min(2000) @Max(9999) @Schema(examples = "2025") Integer year,
        @NotBlank @Size(max = 300) @Schema(examples = "Tildelingsbrev 2025 – Helseetaten") String title,
        @Size(max = 100) @Schema(examples = "24/1234") String reference,
        LocalDate date,
        @Schema(description = "Issuing departments", examples = "[\"HLS\"]") List<String> issuers,
        @Schema(description = "Recipient units", examples = "[\"HEL\"]") List<String> recipients,
        List<LetterContent.Section> sections,
        @Schema(description = "The reporting points the letter asks the recipients to report at (rapporteringspunkter): "
                + "the deadlines in their calendar", examples = "[\"Q1\", \"T2\", \"Y\", \"M05\"]") List<String> reportingPoints,
        @Schema(description = "The fields the letter does not print, so assumed", examples = "[\"reportingPoints\"]") List<String> inferred) {

    LetterContent content() {
        return new LetterContent(reference, date, issuers, recipients, sections, reportingPoints, inferred);
    }
}
