package no.oslo.styring.indicator.report;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.PeriodReportV1;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.indicator.measurement.MeasurementRepository;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.reporting.PeriodReportSource;

/** The indicator report of a unit for a closed period. */
@ApplicationScoped
public class IndicatorReportSource implements PeriodReportSource {

    @Inject
    MeasurementRepository measurements;

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
        Map<String, Long> submissions = measurements.countsByUnit(period.toString());
        return (unit, revision, generatedAt) -> new PeriodReportV1(unit.code(), period.toString(), revision, generatedAt,
                submissions.getOrDefault(unit.code(), 0L).intValue());
    }
}
