package no.oslo.styring.contract;

import java.util.List;

/**
 * Data of {@code no.oslo.styring.unit.upserted.v1}: the current state of a unit (virksomhet). The topic is compacted, so
 * the latest event per unit code is its state.
 *
 * @param kind DEPARTMENT (byrådsavdeling), AGENCY (etat) or DISTRICT (bydel)
 * @param parents codes of the departments the unit reports to
 */
public record UnitUpsertedV1(String code, String name, String kind, List<String> parents) {
}
