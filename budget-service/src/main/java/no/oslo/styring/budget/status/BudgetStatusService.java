package no.oslo.styring.budget.status;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.oslo.styring.budget.letter.BudgetImportService;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.SubmissionRules;
import no.oslo.styring.platform.security.Caller;

@ApplicationScoped
public class BudgetStatusService {

    @Inject
    BudgetStatusRepository statuses;

    @Inject
    SubmissionRules rules;

    @Inject
    Caller caller;

    @Inject
    UnitFrames frames;

    @Inject
    BudgetImportService imports;

    /** Stores a unit's budget status for an open period. */
    @Transactional
    public BudgetStatusView submit(BudgetStatusRequest request) {
        PeriodId period = rules.check(request.unit(), request.periodId());
        ReportingPoints points = imports.statusPoints(period.year()).get(request.unit());
        if (points != null && !points.dueIn(period)) {
            throw ProblemException.invalidField("periodId", "the letter asks " + request.unit() + " for a budget status "
                    + points.notDueEn(period),
                    "tildelingsbrevet ber " + request.unit() + " om budsjettstatus "
                            + points.notDueNb(period));
        }
        BudgetStatus status = new BudgetStatus();
        status.unitCode = request.unit();
        status.periodId = request.periodId();
        status.actualsToDate = request.actualsToDate();
        status.yearEndForecast = request.yearEndForecast();
        status.comment = request.comment();
        status.submittedBy = caller.name();
        status.submittedAt = Instant.now();
        statuses.persist(status);
        return BudgetStatusView.of(status, frames.of(status.unitCode, period.year()));
    }

    public BudgetStatusView get(long id) {
        BudgetStatus status = statuses.findById(id);
        if (status == null) {
            throw ProblemException.notFound("Budget status", id);
        }
        caller.requireMayReadDraftsOf(status.unitCode);
        return BudgetStatusView.of(status, frameOf(status.unitCode, status.periodId));
    }

    public List<BudgetStatusView> list(String unit, String periodId) {
        caller.requireMayReadDraftsOf(unit);
        if (!PeriodId.isValid(periodId)) {
            throw ProblemException.invalidField("period", "'" + periodId + "' is not a period id such as 2025-M05");
        }
        Long frame = frameOf(unit, periodId);
        return statuses.of(unit, periodId).stream().map(s -> BudgetStatusView.of(s, frame)).toList();
    }

    private Long frameOf(String unit, String periodId) {
        return frames.of(unit, PeriodId.parse(periodId).year());
    }
}
