package no.oslo.styring.climate.status;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import no.oslo.styring.platform.reporting.UnitCounts;

@ApplicationScoped
public class MeasureStatusRepository implements PanacheRepositoryBase<MeasureStatus, Long> {

    public List<MeasureStatus> of(String unit, String periodId) {
        return list("unitCode = ?1 and periodId = ?2", Sort.by("submittedAt").and("id"), unit, periodId);
    }

    /** The latest status per unit and indicator for the period; only the unit's when {@code unit} is not null. */
    public List<MeasureStatus> latest(String periodId, String unit) {
        return getEntityManager().createNativeQuery("select distinct on (unit_code, indicator_code) * from measure_status "
                + "where period_id = ?1 and indicator_code is not null and (cast(?2 as varchar) is null or unit_code = ?2) "
                + "order by unit_code, indicator_code, submitted_at desc, id desc", MeasureStatus.class)
                .setParameter(1, periodId).setParameter(2, unit).getResultList();
    }

    /** How many submissions each unit made for the period (units without any are absent). */
    public Map<String, Long> countsByUnit(String periodId) {
        return UnitCounts.forPeriod(getEntityManager(), MeasureStatus.class, periodId);
    }
}
