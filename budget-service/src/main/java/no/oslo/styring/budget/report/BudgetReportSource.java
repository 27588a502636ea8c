package no.oslo.styring.budget.report;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.budget.status.BudgetStatusRepository;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.PeriodReportV1;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.reporting.PeriodReportSource;

/** The budget report of a unit for a closed period. */
@ApplicationScoped
public class BudgetReportSource implements PeriodReportSource {

    @Inject
    BudgetStatusRepository statuses;

    @Override
    public String topic() {
        return Topics.BUDGET_REPORTS;
    }

    @Override
    public String eventType() {
        return EventTypes.BUDGET_REPORT;
    }

    @Override
    public Reports prepare(PeriodId period) {
        Map<String, Long> submissions = statuses.countsByUnit(period.toString());
        return (unit, revision, generatedAt) -> new PeriodReportV1(unit.code(), period.toString(), revision, generatedAt,
                submissions.getOrDefault(unit.code(), 0L).intValue());
    }
}
