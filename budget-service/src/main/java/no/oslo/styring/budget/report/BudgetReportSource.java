package no.oslo.styring.budget.report;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.budget.letter.BudgetImportService;
import no.oslo.styring.budget.status.BudgetStatus;
import no.oslo.styring.budget.status.BudgetStatusRepository;
import no.oslo.styring.budget.status.Deviation;
import no.oslo.styring.budget.status.UnitFrames;
import no.oslo.styring.contract.BudgetReportV1;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.platform.reporting.PeriodReportSource;

/**
 * The budget report of a unit for a closed period: its frame for the year as it stands at the close, its latest budget
 * status and the derived deviation. A unit that submitted nothing is reported as not reported, never left out, and the
 * report says whether its letter asked for a budget status at the period at all.
 */
@ApplicationScoped
public class BudgetReportSource implements PeriodReportSource {

    static final String AMOUNT_UNIT = "1000 NOK";

    @Inject
    BudgetStatusRepository statuses;

    @Inject
    UnitFrames frames;

    @Inject
    BudgetImportService imports;

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
        Map<String, BudgetStatus> latest = statuses.latestByUnit(period.toString());
        Map<String, Long> frameByUnit = frames.ofYear(period.year());
        Map<String, ReportingPoints> points = imports.statusPoints(period.year());
        return (unit, revision, generatedAt) -> {
            BudgetStatus s = latest.get(unit.code());
            Long frame = frameByUnit.get(unit.code());
            int count = submissions.getOrDefault(unit.code(), 0L).intValue();
            // a unit no letter of the year is sent to is asked for no budget status («Ikke bedt om»), not missing
            ReportingPoints asked = points.get(unit.code());
            boolean due = asked != null && asked.dueIn(period);
            if (s == null) {
                return new BudgetReportV1(unit.code(), period.toString(), revision, generatedAt, count, false, period.year(),
                        AMOUNT_UNIT, frame, null, null, null, null, null, null, due);
            }
            Deviation d = Deviation.of(frame, s.yearEndForecast);
            return new BudgetReportV1(unit.code(), period.toString(), revision, generatedAt, count, true, period.year(),
                    AMOUNT_UNIT, frame, s.actualsToDate, s.yearEndForecast, d == null ? null : d.amount(),
                    d == null ? null : d.kind().name(), s.comment, s.submittedAt, due);
        };
    }
}
