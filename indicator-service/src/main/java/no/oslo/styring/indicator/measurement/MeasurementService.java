package no.oslo.styring.indicator.measurement;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.oslo.styring.indicator.indicator.IndicatorEntity;
import no.oslo.styring.indicator.indicator.IndicatorRepository;
import no.oslo.styring.indicator.letter.IndicatorLetter;
import no.oslo.styring.indicator.letter.LetterRepository;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.SubmissionRules;
import no.oslo.styring.platform.security.Caller;

@ApplicationScoped
public class MeasurementService {

    @Inject
    MeasurementRepository measurements;

    @Inject
    IndicatorRepository indicators;

    @Inject
    LetterRepository letters;

    @Inject
    SubmissionRules rules;

    @Inject
    Caller caller;

    /**
     * Stores a unit's value for an indicator in an open period: the indicator must be one of the period year's letters sent
     * to the unit, reported in the period's type, and the value must fit its value kind.
     */
    @Transactional
    public MeasurementView submit(MeasurementRequest request) {
        PeriodId period = rules.check(request.unit(), request.periodId());
        IndicatorEntity indicator = indicators.find(period.year(), request.indicator())
                .orElseThrow(() -> ProblemException.unknownReference("indicator", "no indicator '" + request.indicator()
                        + "' in the letters of " + period.year()));
        IndicatorLetter letter = letters.findById(indicator.letterId);
        MeasurementRules.Refusal problem = MeasurementRules.problem(indicator.code, indicator.inLetter, letter.units,
                indicator.points(),
                indicator.format(), request.unit(), period, request.value());
        if (problem != null) {
            throw ProblemException.invalidField(problem.field(), problem.message(), problem.messageNb());
        }
        Measurement m = new Measurement();
        m.unitCode = request.unit();
        m.periodId = request.periodId();
        m.indicatorCode = request.indicator();
        m.value = request.value();
        m.comment = request.comment();
        m.submittedBy = caller.name();
        m.submittedAt = Instant.now();
        measurements.persist(m);
        return MeasurementView.of(m);
    }

    public MeasurementView get(long id) {
        Measurement m = measurements.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Measurement", id);
        }
        caller.requireMayReadDraftsOf(m.unitCode);
        return MeasurementView.of(m);
    }

    public List<MeasurementView> list(String unit, String periodId) {
        caller.requireMayReadDraftsOf(unit);
        return measurements.of(unit, periodId).stream().map(MeasurementView::of).toList();
    }

}
