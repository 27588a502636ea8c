package no.oslo.styring.indicator.tiltak;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TiltakStatusRequest", description = "A unit's status of a tiltak in an open period")
public record TiltakStatusRequest(
        @NotBlank @Schema(examples = "HEL") String unit,
        @NotBlank @Schema(examples = "2025-Y") String periodId,
        @NotNull @Schema(description = "The tiltak's id (GET /api/v1/goals)") Long tiltak,
        @NotNull TiltakStatus.Progress status,
        @Size(max = 4000) String comment) {
}
