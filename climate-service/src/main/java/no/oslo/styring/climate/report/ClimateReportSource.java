package no.oslo.styring.climate.report;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.climate.status.MeasureStatusRepository;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.PeriodReportV1;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.reporting.PeriodReportSource;

/** The climate report of a unit for a closed period. */
@ApplicationScoped
public class ClimateReportSource implements PeriodReportSource {

    @Inject
    MeasureStatusRepository statuses;

    @Override
    public String topic() {
        return Topics.CLIMATE_REPORTS;
    }

    @Override
    public String eventType() {
        return EventTypes.CLIMATE_REPORT;
    }

    @Override
    public Reports prepare(PeriodId period) {
        Map<String, Long> submissions = statuses.countsByUnit(period.toString());
        return (unit, revision, generatedAt) -> new PeriodReportV1(unit.code(), period.toString(), revision, generatedAt,
                submissions.getOrDefault(unit.code(), 0L).intValue());
    }
}
