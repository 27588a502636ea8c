package no.oslo.styring.climate.status;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasureStatusRequest", description = "A responsible unit's status on a climate measure for an open period")
public record MeasureStatusRequest(
        @NotBlank @Schema(examples = "HEL") String unit,
        @NotBlank @Schema(examples = "2025-Q1") String periodId,
        @NotBlank @Size(max = 100) @Schema(description = "The measure (virkemiddel)", examples = "nullutslippskjoretoy") String measure,
        @NotNull MeasureProgress status,
        @Size(max = 4000) @Schema(examples = "Beredskapskjøretøy og spesialkjøretøy vil skje senere enn 2025") String comment) {
}
