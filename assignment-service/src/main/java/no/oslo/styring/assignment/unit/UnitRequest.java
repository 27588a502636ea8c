package no.oslo.styring.assignment.unit;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitRequest", description = "A unit's name, kind and parent departments")
public record UnitRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "Bydel Alna") String name,
        @NotNull UnitKind kind,
        @Schema(examples = "[\"SET\"]") List<@Pattern(regexp = UnitService.CODE_PATTERN, message = "must be a unit code such as HLS") String> parents) {
}
