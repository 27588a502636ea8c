package no.oslo.styring.indicator.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.IndicatorReportV1;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.indicator.evaluation.DueIndicators;
import no.oslo.styring.indicator.evaluation.EvaluationView;
import no.oslo.styring.indicator.evaluation.IndicatorResults;
import no.oslo.styring.indicator.evaluation.IndicatorResults.Result;
import no.oslo.styring.indicator.goal.GoalRepository;
import no.oslo.styring.indicator.goal.TiltakEntity;
import no.oslo.styring.indicator.measurement.MeasurementRepository;
import no.oslo.styring.indicator.tiltak.TiltakStatus;
import no.oslo.styring.indicator.tiltak.TiltakStatusRepository;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.reporting.PeriodReportSource;

/** The indicator report of a unit for a closed period: every indicator due, evaluated, with counts and tiltak statuses. */
@ApplicationScoped
public class IndicatorReportSource implements PeriodReportSource {

    @Inject
    MeasurementRepository measurements;

    @Inject
    DueIndicators due;

    @Inject
    TiltakStatusRepository statuses;

    @Inject
    GoalRepository goals;

    @Override
    public String topic() {
        return Topics.INDICATOR_REPORTS;
    }

    @Override
    public String eventType() {
        return EventTypes.INDICATOR_REPORT;
    }

    @Override
    public Reports prepare(PeriodId period) {
        return prepare(period, (Set<String>) null);
    }

    @Override
    public Reports prepare(PeriodId period, Set<String> only) {
        Map<String, Long> submissions = measurements.countsByUnit(period.toString(), only);
        DueIndicators.PeriodResults results = due.results(period, only);
        Map<String, List<IndicatorReportV1.TiltakResult>> tiltak = tiltakOf(period);
        return (unit, revision, generatedAt) -> {
            List<Result> ofUnit = results.of(unit.code());
            return new IndicatorReportV1(unit.code(), period.toString(), revision, generatedAt,
                    submissions.getOrDefault(unit.code(), 0L).intValue(), period.year(),
                    EvaluationView.toContract(IndicatorResults.count(ofUnit)),
                    ofUnit.stream().map(EvaluationView::toContract).toList(), IndicatorResults.missing(ofUnit),
                    tiltak.getOrDefault(unit.code(), List.of()));
        };
    }

    private Map<String, List<IndicatorReportV1.TiltakResult>> tiltakOf(PeriodId period) {
        List<TiltakStatus> latest = statuses.latest(period.toString());
        Map<String, List<IndicatorReportV1.TiltakResult>> byUnit = new HashMap<>();
        if (latest.isEmpty()) {
            return byUnit;
        }
        Map<Long, TiltakEntity> tiltak = new HashMap<>();
        for (TiltakStatus s : latest) {
            TiltakEntity t = tiltak.computeIfAbsent(s.tiltakId, goals::findTiltak);
            byUnit.computeIfAbsent(s.unitCode, u -> new ArrayList<>()).add(new IndicatorReportV1.TiltakResult(
                    t.key, t.text, s.status.name(), s.comment, s.submittedAt));
        }
        return byUnit;
    }
}
