package no.oslo.styring.assignment.duty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's fulfilment of a duty at an occasion. */
@Schema(name = "DutyFulfilmentRequest")
public record FulfilmentRequest(
        @NotBlank @Schema(examples = "HEL") String unit,
        @Schema(description = "The period for a duty at points (2025-T2), the date for a dated one (left out: its date), "
                + "the day of the event or meeting otherwise (2025-03-12)", examples = "2025-T2") String occasion,
        @NotNull @Schema(description = "true: delivered; false: not delivered, with why in note") Boolean delivered,
        @Size(max = 2000) String note,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) link") @Schema(examples = "https://sak.oslo.kommune.no/25/88") String documentLink) {
}
