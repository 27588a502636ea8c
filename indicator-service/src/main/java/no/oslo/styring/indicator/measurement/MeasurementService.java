package no.oslo.styring.indicator.measurement;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.SubmissionRules;
import no.oslo.styring.platform.security.Caller;

@ApplicationScoped
public class MeasurementService {

    @Inject
    MeasurementRepository measurements;

    @Inject
    SubmissionRules rules;

    @Inject
    Caller caller;

    /** Stores a unit's value for an indicator in an open period. */
    @Transactional
    public MeasurementView submit(MeasurementRequest request) {
        rules.check(request.unit(), request.periodId());
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
