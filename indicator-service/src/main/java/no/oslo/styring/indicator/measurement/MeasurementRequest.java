package no.oslo.styring.indicator.measurement;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementRequest", description = "A unit's value for a result indicator in an open period")
public record MeasurementRequest(
        @NotBlank @Schema(examples = "HEL") String unit,
        @NotBlank @Schema(examples = "2025-Q1") String periodId,
        @NotBlank @Size(max = 100) @Schema(description = "The result indicator", examples = "svartid-legevaktsentralen") String indicator,
        @NotNull @Digits(integer = 14, fraction = 6) @Schema(description = "Exact decimal", examples = "81.5") BigDecimal value,
        @Size(max = 4000) String comment) {
}
