package no.oslo.styring.assignment.period;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReopeningRequest", description = "Reopen a closed period for one unit")
public record ReopeningRequest(
        @NotBlank @Schema(examples = "030112") String unit,
        @NotBlank @Size(max = 2000) @Schema(examples = "Feil i innrapporterte tall for legevakt; rettes innen fredag") String reason,
        @NotNull @Schema(description = "Until when the unit may submit; in the future", examples = "2025-05-02T14:00:00Z") Instant expiresAt) {
}
