package no.oslo.styring.budget.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import no.oslo.styring.platform.reporting.UnitCounts;

@ApplicationScoped
public class BudgetStatusRepository implements PanacheRepositoryBase<BudgetStatus, Long> {

    public List<BudgetStatus> of(String unit, String periodId) {
        return list("unitCode = ?1 and periodId = ?2", Sort.by("submittedAt").and("id"), unit, periodId);
    }

    /** Each unit's latest budget status for the period (the one that counts), by unit code. */
    public Map<String, BudgetStatus> latestByUnit(String periodId) {
        return find("from BudgetStatus s where s.periodId = ?1 and s.id = (select max(t.id) from BudgetStatus t "
                + "where t.periodId = s.periodId and t.unitCode = s.unitCode)", periodId).stream()
                .collect(Collectors.toMap(s -> s.unitCode, s -> s));
    }

    /** How many submissions each unit made for the period (units without any are absent). */
    public Map<String, Long> countsByUnit(String periodId) {
        return UnitCounts.forPeriod(getEntityManager(), BudgetStatus.class, periodId);
    }
}
