package no.oslo.styring.platform.reporting;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import no.oslo.styring.contract.UnitUpsertedV1;
import no.oslo.styring.platform.problem.ProblemException;

/** The units this service knows, kept up to date from {@code styring.units}. */
@ApplicationScoped
public class UnitDirectory {

    @Inject
    EntityManager em;

    /** Stores the unit's latest state; applying the same event again changes nothing. */
    @Transactional
    public void apply(UnitUpsertedV1 event) {
        KnownUnit unit = em.find(KnownUnit.class, event.code());
        boolean isNew = unit == null;
        if (isNew) {
            unit = new KnownUnit(event.code());
        }
        unit.update(event.name(), event.kind(), event.parents() == null ? List.of() : event.parents(), Instant.now());
        if (isNew) {
            em.persist(unit);
        }
    }

    public KnownUnit find(String code) {
        return code == null ? null : em.find(KnownUnit.class, code);
    }

    /** The unit, or a 422 problem naming the field. */
    public KnownUnit require(String field, String code) {
        KnownUnit unit = find(code);
        if (unit == null) {
            throw ProblemException.unknownReference(field, "unknown unit '" + code + "'");
        }
        return unit;
    }

    /** The known units of the given codes, by code (codes not known are absent). */
    public Map<String, KnownUnit> byCodes(Collection<String> codes) {
        Map<String, KnownUnit> found = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("from KnownUnit where code in :codes", KnownUnit.class).setParameter("codes", codes)
                    .getResultList().forEach(u -> found.put(u.code(), u));
        }
        return found;
    }

    /** Agencies and districts, by code: the units that get a report when a period closes. */
    public List<KnownUnit> reportingUnits() {
        return em.createQuery("from KnownUnit where kind in :kinds order by code", KnownUnit.class)
                .setParameter("kinds", KnownUnit.REPORTING_KINDS).getResultList();
    }
}
