package no.oslo.styring.budget.status;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetStatusRequest", description = "A unit's budget status for an open period, amounts in 1 000 kr")
public record BudgetStatusRequest(
        @NotBlank @Schema(examples = "HEL") String unit,
        @NotBlank @Schema(examples = "2025-M05") String periodId,
        @NotNull @PositiveOrZero @Schema(description = "Regnskap hittil i år, 1 000 kr", examples = "512044") Long actualsToDate,
        @NotNull @PositiveOrZero @Schema(description = "Prognose for året, 1 000 kr", examples = "1210000") Long yearEndForecast,
        @Size(max = 4000) @Schema(examples = "Merforbruk på legevakt som følge av økt pågang") String comment) {
}
