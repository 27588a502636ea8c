package no.oslo.styring.assignment.period;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PeriodReopeningRepository implements PanacheRepositoryBase<PeriodReopening, Long> {

    public List<PeriodReopening> ofPeriod(String periodId) {
        return list("periodId", Sort.by("reopenedAt").and("id"), periodId);
    }

    /** The reopenings the next close of the period ends (expired ones too: their units' reports are issued again). */
    public List<PeriodReopening> notClosed(String periodId) {
        return list("periodId = ?1 and closedAt is null", Sort.by("unitCode"), periodId);
    }
}
