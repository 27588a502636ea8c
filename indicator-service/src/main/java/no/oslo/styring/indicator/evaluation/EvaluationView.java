package no.oslo.styring.indicator.evaluation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.contract.IndicatorReportV1;
import no.oslo.styring.indicator.evaluation.IndicatorResults.Result;

@Schema(name = "Evaluation", description = "A unit's indicators for a period so far: value, target, evaluation, counts")
public record EvaluationView(String unit, String periodId, int year, IndicatorReportV1.Counts counts,
        List<IndicatorReportV1.IndicatorResult> indicators, List<String> missing) {

    public static IndicatorReportV1.IndicatorResult toContract(Result r) {
        var due = r.due();
        var e = r.evaluation();
        boolean own = due.source() == IndicatorResults.TargetSource.UNIT;
        return new IndicatorReportV1.IndicatorResult(due.code(), due.name(), due.format().legacyMeasureName(),
                due.direction().name(),
                r.isReported(), r.isReported() ? r.reported().value() : null, e.target(), e.outcome().name(), e.threshold(),
                own ? e.explanationNb() + " – enhetens eget måltall" : e.explanationNb(),
                own ? e.explanationEn() + " – the unit's own target" : e.explanationEn(),
                r.isReported() ? r.reported().submittedAt() : null,
                due.format().unitOfMeasure(), due.format().kind().name(), due.source().name());
    }

    public static IndicatorReportV1.Counts toContract(IndicatorResults.Counts c) {
        return new IndicatorReportV1.Counts(c.due(), c.met(), c.notMet(), c.noTarget(), c.missing());
    }
}
