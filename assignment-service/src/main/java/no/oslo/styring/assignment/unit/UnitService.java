package no.oslo.styring.assignment.unit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.contract.UnitUpsertedV1;
import no.oslo.styring.platform.outbox.Outbox;
import no.oslo.styring.platform.problem.ProblemException;

/** Units and their publication on the compacted topic {@code styring.units}, from which the other services learn them. */
@ApplicationScoped
public class UnitService {

    public static final String CODE_PATTERN = "^[A-Z0-9]{2,12}$";

    @Inject
    UnitRepository units;

    @Inject
    Outbox outbox;

    /** The outcome of a put: the unit, and whether it was created. */
    public record Put(UnitView unit, boolean created) {
    }

    /**
     * Creates or updates a unit. A change (or a creation) publishes {@code unit.upserted}; putting the same state again
     * changes nothing and publishes nothing.
     */
    @Transactional
    public Put put(String code, UnitRequest request) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw ProblemException.invalidField("code", "'" + code + "' is not a unit code (2–12 capital letters or digits)");
        }
        List<String> parents = request.parents() == null ? List.of() : List.copyOf(request.parents());
        for (int i = 0; i < parents.size(); i++) {
            Unit parent = units.findById(parents.get(i));
            if (parent == null || parent.kind != UnitKind.DEPARTMENT) {
                throw ProblemException.unknownReference("parents[" + i + "]",
                        "'" + parents.get(i) + "' is not a known department");
            }
        }
        Unit unit = units.findById(code);
        boolean created = unit == null;
        if (created) {
            unit = new Unit();
            unit.code = code;
        } else if (unit.name.equals(request.name()) && unit.kind == request.kind() && Objects.equals(unit.parents, parents)) {
            return new Put(UnitView.of(unit), false);
        }
        unit.name = request.name();
        unit.kind = request.kind();
        unit.parents = parents;
        unit.updatedAt = Instant.now();
        if (created) {
            units.persist(unit);
        }
        outbox.publish(Topics.UNITS, code, EventTypes.UNIT_UPSERTED, code,
                new UnitUpsertedV1(code, unit.name, unit.kind.name(), parents));
        units.flush();
        return new Put(UnitView.of(unit), created);
    }

    public UnitView get(String code) {
        Unit unit = units.findById(code);
        if (unit == null) {
            throw ProblemException.notFound("Unit", code);
        }
        return UnitView.of(unit);
    }

    public List<UnitView> list(UnitKind kind, int page, int size) {
        return units.page(kind, page, size).stream().map(UnitView::of).toList();
    }
}
