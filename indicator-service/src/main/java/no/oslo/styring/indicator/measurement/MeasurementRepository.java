package no.oslo.styring.indicator.measurement;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import no.oslo.styring.platform.reporting.UnitCounts;

@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, Long> {

    public List<Measurement> of(String unit, String periodId) {
        return list("unitCode = ?1 and periodId = ?2", Sort.by("submittedAt").and("id"), unit, periodId);
    }

    /** How many submissions each unit made for the period (units without any are absent). */
    public Map<String, Long> countsByUnit(String periodId) {
        return UnitCounts.forPeriod(getEntityManager(), Measurement.class, periodId);
    }
}
