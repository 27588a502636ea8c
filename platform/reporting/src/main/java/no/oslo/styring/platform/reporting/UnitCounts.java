package no.oslo.styring.platform.reporting;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** Per-unit counts for a period close: one grouped query instead of one per unit. */
public final class UnitCounts {

    private UnitCounts() {
    }

    /**
     * How many rows of a submission entity each unit has for the period (units without any are absent). The entity must
     * have the fields {@code unitCode} and {@code periodId}.
     */
    public static Map<String, Long> forPeriod(EntityManager em, Class<?> entity, String periodId) {
        return forPeriod(em, entity, periodId, null);
    }

    /** The same for the given units only (null: all), as a chunk of a close reads them. */
    public static Map<String, Long> forPeriod(EntityManager em, Class<?> entity, String periodId, Collection<String> units) {
        Map<String, Long> counts = new HashMap<>();
        if (units != null && units.isEmpty()) {
            return counts;
        }
        var query = em.createQuery("select s.unitCode, count(s) from " + entity.getSimpleName()
                + " s where s.periodId = :period" + (units == null ? "" : " and s.unitCode in :units")
                + " group by s.unitCode", Object[].class).setParameter("period", periodId);
        if (units != null) {
            query.setParameter("units", units);
        }
        query.getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
