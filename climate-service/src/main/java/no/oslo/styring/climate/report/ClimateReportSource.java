package no.oslo.styring.climate.report;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.climate.status.MeasureStatusRepository;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.PeriodReportV1;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.reporting.KnownUnit;
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
    public PeriodReportV1 report(KnownUnit unit, PeriodId period, int revision, Instant generatedAt) {
        return new PeriodReportV1(unit.code(), period.toString(), revision, generatedAt,
                (int) statuses.countOf(unit.code(), period.toString()));
    }
}
