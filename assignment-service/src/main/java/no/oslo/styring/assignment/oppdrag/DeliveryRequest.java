package no.oslo.styring.assignment.oppdrag;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recipient's delivery of an oppdrag. */
@Schema(name = "DeliveryRequest")
public record DeliveryRequest(
        @NotBlank @Schema(description = "The delivering recipient unit", examples = "HEL") String unit,
        @NotBlank @Size(max = 4000) String note,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) link") @Schema(examples = "https://sak.oslo.kommune.no/25/123") String documentLink) {
}
