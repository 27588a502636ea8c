package no.oslo.styring.indicator.evaluation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.indicator.evaluation.IndicatorResults.Result;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.UnitDirectory;
import no.oslo.styring.platform.security.Caller;

@ApplicationScoped
public class EvaluationService {

    @Inject
    DueIndicators due;

    @Inject
    UnitDirectory units;

    @Inject
    Caller caller;

    public EvaluationView evaluate(String unit, String periodId) {
        if (!PeriodId.isValid(periodId)) {
            throw ProblemException.invalidField("period", "'" + periodId + "' is not a period id such as 2025-Q1");
        }
        caller.requireMayReadDraftsOf(unit);
        units.require("unit", unit);
        PeriodId period = PeriodId.parse(periodId);
        List<Result> results = due.results(period, unit).of(unit);
        return new EvaluationView(unit, period.toString(), period.year(),
                EvaluationView.toContract(IndicatorResults.count(results)),
                results.stream().map(EvaluationView::toContract).toList(), IndicatorResults.missing(results));
    }
}
