package no.oslo.styring.climate.status;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.oslo.styring.climate.measure.ClimateIndicator;
import no.oslo.styring.climate.measure.ClimateMeasure;
import no.oslo.styring.climate.measure.ClimateRepository;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.SubmissionRules;
import no.oslo.styring.platform.security.Caller;

@ApplicationScoped
public class MeasureStatusService {

    @Inject
    MeasureStatusRepository statuses;

    @Inject
    SubmissionRules rules;

    @Inject
    ClimateRepository climate;

    @Inject
    Caller caller;

    /** Stores a responsible unit's status on a measure for an open period. */
    @Transactional
    public MeasureStatusView submit(MeasureStatusRequest request) {
        PeriodId period = rules.check(request.unit(), request.periodId());
        ClimateIndicator indicator = climate.indicator(period.year(), request.indicator())
                .orElseThrow(() -> ProblemException.unknownReference("indicator", "no climate indicator '"
                        + request.indicator() + "' in " + period.year()));
        ClimateMeasure measure = climate.measure(indicator.measureId);
        if (!measure.isResponsible(request.unit())) {
            throw ProblemException.invalidField("indicator", "unit " + request.unit() + " is not responsible for measure '"
                    + measure.key + "' (responsible: " + String.join(", ", measure.responsible) + ")",
                    request.unit()
                            + " er ikke ansvarlig for tiltaket '" + measure.key + "' (ansvarlig: "
                            + String.join(", ", measure.responsible) + ")");
        }
        ReportingPoints points = indicator.points();
        if (!points.dueIn(period)) {
            throw ProblemException.invalidField("periodId", "the letter asks for indicator '" + indicator.code + "' "
                    + points.notDueEn(period),
                    "tildelingsbrevet ber om indikatoren '" + indicator.code + "' "
                            + points.notDueNb(period));
        }
        MeasureStatus m = new MeasureStatus();
        m.unitCode = request.unit();
        m.periodId = request.periodId();
        m.measureCode = measure.key;
        m.indicatorCode = indicator.code;
        m.value = request.value();
        m.status = request.status();
        m.comment = request.comment();
        m.submittedBy = caller.name();
        m.submittedAt = Instant.now();
        statuses.persist(m);
        return MeasureStatusView.of(m);
    }

    public MeasureStatusView get(long id) {
        MeasureStatus m = statuses.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Measure status", id);
        }
        caller.requireMayReadDraftsOf(m.unitCode);
        return MeasureStatusView.of(m);
    }

    public List<MeasureStatusView> list(String unit, String periodId) {
        caller.requireMayReadDraftsOf(unit);
        return statuses.of(unit, periodId).stream().map(MeasureStatusView::of).toList();
    }
}
