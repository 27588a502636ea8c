package no.oslo.styring.climate.status;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasureStatusRequest", description = "A responsible unit's status on a climate measure for an open period")
public record MeasureStatusRequest(
        @NotBlank @Schema(examples = "HEL") String unit,
        @NotBlank @Schema(examples = "2025-Q1") String periodId,
        @NotBlank @Size(max = 100) @Schema(description = "The reporting indicator of a measure the unit is responsible for", examples = "hel-andel-utslippsfrie-lette-kjoretoy") String indicator,
        @Digits(integer = 14, fraction = 6) @Schema(description = "The indicator's value; evaluated against its target", examples = "87.5") BigDecimal value,
        @NotNull @Schema(description = "ON_TRACK (i rute), AT_RISK, OFF_TRACK") MeasureProgress status,
        @Size(max = 4000) @Schema(examples = "Beredskapskjøretøy og spesialkjøretøy vil skje senere enn 2025") String comment) {
}
