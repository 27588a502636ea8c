package no.oslo.styring.platform.reporting;

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
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select s.unitCode, count(s) from " + entity.getSimpleName()
                + " s where s.periodId = :period group by s.unitCode", Object[].class)
                .setParameter("period", periodId).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
