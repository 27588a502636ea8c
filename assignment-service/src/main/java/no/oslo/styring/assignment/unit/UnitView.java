package no.oslo.styring.assignment.unit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Unit", description = "A unit (virksomhet)")
public record UnitView(
        @Schema(examples = "030112") String code,
        @Schema(examples = "Bydel Alna") String name,
        UnitKind kind,
        @Schema(examples = "[\"SET\"]") List<String> parents,
        int version) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.code, unit.name, unit.kind, List.copyOf(unit.parents), unit.version);
    }
}
