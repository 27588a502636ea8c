package no.oslo.styring.climate.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.climate.status.ClimateResults;
import no.oslo.styring.climate.status.MeasureStatusRepository;
import no.oslo.styring.contract.ClimateReportV1;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.reporting.PeriodReportSource;

/** The climate report of a unit for a closed period: each indicator due from it, evaluated, with counts and missing. */
@ApplicationScoped
public class ClimateReportSource implements PeriodReportSource {

    @Inject
    MeasureStatusRepository statuses;

    @Inject
    ClimateResults results;

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
        return prepare(period, (Set<String>) null);
    }

    /** Narrowed for one unit's preview; a chunk of a close reads every unit's (a city has few climate measures). */
    @Override
    public Reports prepare(PeriodId period, Set<String> only) {
        Map<String, Long> submissions = statuses.countsByUnit(period.toString());
        ClimateResults.Period ofPeriod = results.of(period, only != null && only.size() == 1 ? only.iterator().next() : null);
        return (unit, revision, generatedAt) -> {
            List<ClimateReportV1.IndicatorResult> mine = ofPeriod.of(unit.code());
            return new ClimateReportV1(unit.code(), period.toString(), revision, generatedAt,
                    submissions.getOrDefault(unit.code(), 0L).intValue(), period.year(), ClimateResults.count(mine), mine,
                    mine.stream().filter(r -> !r.reported()).map(ClimateReportV1.IndicatorResult::code).toList());
        };
    }
}
