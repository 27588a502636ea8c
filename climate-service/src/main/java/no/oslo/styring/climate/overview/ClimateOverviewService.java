package no.oslo.styring.climate.overview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.climate.measure.ClimateMeasure;
import no.oslo.styring.climate.status.ClimateResults;
import no.oslo.styring.contract.ClimateReportV1;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.KnownUnit;

@ApplicationScoped
public class ClimateOverviewService {

    @Inject
    ClimateResults results;

    public ClimateOverview overview(String periodId) {
        if (!PeriodId.isValid(periodId)) {
            throw ProblemException.invalidField("period", "'" + periodId + "' is not a period id such as 2025-Q1");
        }
        PeriodId period = PeriodId.parse(periodId);
        ClimateResults.Period ofPeriod = results.of(period, null);
        List<KnownUnit> reporting = results.reportingUnits();
        Map<Long, List<ClimateResults.Due>> byMeasure = new LinkedHashMap<>();
        ofPeriod.due().forEach(d -> byMeasure.computeIfAbsent(d.measure().id, m -> new ArrayList<>()).add(d));
        // each unit's results, once: unit -> indicator code -> result
        Map<String, Map<String, ClimateReportV1.IndicatorResult>> resultsOf = new HashMap<>();
        List<ClimateOverview.MeasureOverview> measures = new ArrayList<>();
        for (List<ClimateResults.Due> due : byMeasure.values()) {
            ClimateMeasure m = due.get(0).measure();
            List<String> responsible = results.responsibleUnits(m, reporting);
            List<ClimateOverview.IndicatorOverview> indicators = new ArrayList<>();
            for (ClimateResults.Due d : due) {
                int met = 0;
                int notMet = 0;
                int noTarget = 0;
                int notReported = 0;
                int onTrack = 0;
                int atRisk = 0;
                int offTrack = 0;
                for (String unit : responsible) {
                    ClimateReportV1.IndicatorResult r = resultsOf.computeIfAbsent(unit, u -> ofPeriod.of(u).stream()
                            .collect(Collectors.toMap(ClimateReportV1.IndicatorResult::code, x -> x)))
                            .get(d.indicator().code);
                    if (!r.reported()) {
                        notReported++;
                        continue;
                    }
                    switch (r.outcome()) {
                        case "MET" -> met++;
                        case "NOT_MET" -> notMet++;
                        default -> noTarget++;
                    }
                    switch (r.status()) {
                        case "ON_TRACK" -> onTrack++;
                        case "AT_RISK" -> atRisk++;
                        default -> offTrack++;
                    }
                }
                indicators.add(new ClimateOverview.IndicatorOverview(d.indicator().code, d.indicator().name,
                        d.indicator().target, responsible.size(), met, notMet, noTarget, notReported, onTrack, atRisk,
                        offTrack));
            }
            measures.add(new ClimateOverview.MeasureOverview(m.key, m.text, m.category.name(), m.category.labelNb(),
                    responsible.size(), indicators));
        }
        return new ClimateOverview(period.toString(), period.year(), measures);
    }
}
