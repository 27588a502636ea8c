package no.oslo.styring.climate.status;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MeasureStatusRepository implements PanacheRepositoryBase<MeasureStatus, Long> {

    public List<MeasureStatus> of(String unit, String periodId) {
        return list("unitCode = ?1 and periodId = ?2", Sort.by("submittedAt").and("id"), unit, periodId);
    }

    public long countOf(String unit, String periodId) {
        return count("unitCode = ?1 and periodId = ?2", unit, periodId);
    }
}
