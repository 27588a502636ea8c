package no.oslo.styring.climate.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.climate.measure.ClimateImport;
import no.oslo.styring.climate.measure.ClimateIndicator;
import no.oslo.styring.climate.measure.ClimateMeasure;
import no.oslo.styring.climate.measure.ClimateRepository;
import no.oslo.styring.contract.ClimateReportV1;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.reporting.KnownUnit;
import no.oslo.styring.platform.reporting.UnitDirectory;
import no.oslo.styring.targets.Evaluation;
import no.oslo.styring.targets.Target;
import no.oslo.styring.targets.Targets;

/**
 * What each responsible unit reported for each climate indicator due in a period, evaluated against its target with the
 * shared grammar ({@code platform/targets}), the same way as in the indicator-service. Reads a period in a few queries.
 */
@ApplicationScoped
public class ClimateResults {

    @Inject
    ClimateRepository climate;

    @Inject
    MeasureStatusRepository statuses;

    @Inject
    UnitDirectory units;

    /** An indicator due in the period, with its measure and parsed target. */
    public record Due(ClimateMeasure measure, ClimateIndicator indicator, Target target) {
    }

    /** The results of a period. */
    public final class Period {
        final PeriodId period;
        final List<Due> due;
        final Map<String, Map<String, MeasureStatus>> latest;
        final Map<Integer, Map<String, Map<String, MeasureStatus>>> annual = new HashMap<>();
        final String onlyUnit;

        Period(PeriodId period, List<Due> due, Map<String, Map<String, MeasureStatus>> latest, String onlyUnit) {
            this.period = period;
            this.due = due;
            this.latest = latest;
            this.onlyUnit = onlyUnit;
        }

        public List<Due> due() {
            return due;
        }

        /** The unit's result for each indicator due from it (those of measures it is responsible for). */
        public List<ClimateReportV1.IndicatorResult> of(String unit) {
            List<ClimateReportV1.IndicatorResult> results = new ArrayList<>();
            Map<String, MeasureStatus> reported = latest.getOrDefault(unit, Map.of());
            for (Due d : due) {
                if (d.measure().isResponsible(unit)) {
                    results.add(result(d, reported.get(d.indicator().code), unit));
                }
            }
            return results;
        }

        private ClimateReportV1.IndicatorResult result(Due d, MeasureStatus s, String unit) {
            Evaluation e = Evaluation.of(d.target(), s == null ? null : s.value, d.indicator().direction,
                    year -> earlier(year, unit, d.indicator().code));
            return new ClimateReportV1.IndicatorResult(d.measure().key, d.measure().text, d.measure().category.name(),
                    d.indicator().code, d.indicator().name, s != null, s == null || s.value == null
                            ? null
                            : Targets.plain(s.value),
                    s == null ? null : s.status.name(), s == null ? null : s.comment, e.target(), e.outcome().name(),
                    e.threshold(), e.explanationNb(), e.explanationEn(), s == null ? null : s.submittedAt);
        }

        private Optional<BigDecimal> earlier(int year, String unit, String code) {
            Map<String, Map<String, MeasureStatus>> ofYear = annual.computeIfAbsent(year,
                    y -> byUnit(statuses.latest(y + "-Y", onlyUnit)));
            MeasureStatus s = ofYear.getOrDefault(unit, Map.of()).get(code);
            return s == null ? Optional.empty() : Optional.ofNullable(s.value);
        }
    }

    /** The period's due indicators and latest statuses, for all units or only {@code unit}. */
    public Period of(PeriodId period, String unit) {
        Map<Long, ClimateMeasure> measures = new HashMap<>();
        climate.measures(period.year()).forEach(m -> measures.put(m.id, m));
        List<Due> due = new ArrayList<>();
        for (ClimateIndicator i : climate.indicators(period.year())) {
            if (i.points().dueIn(period)) {
                due.add(new Due(measures.get(i.measureId), i, Targets.parse(i.target)));
            }
        }
        Map<String, Map<String, MeasureStatus>> latest = due.isEmpty()
                ? Map.of()
                : byUnit(statuses.latest(period.toString(), unit));
        return new Period(period, due, latest, unit);
    }

    /** The units responsible for a measure: those named, or every agency and district for ALL. */
    public List<String> responsibleUnits(ClimateMeasure m, List<KnownUnit> reporting) {
        if (m.responsible.contains(ClimateImport.ALL_UNITS)) {
            return reporting.stream().map(KnownUnit::code).toList();
        }
        return m.responsible;
    }

    public List<KnownUnit> reportingUnits() {
        return units.reportingUnits();
    }

    /** Counts of a unit's results: met + notMet + noTarget + missing = due. */
    public static ClimateReportV1.Counts count(List<ClimateReportV1.IndicatorResult> results) {
        int met = 0;
        int notMet = 0;
        int noTarget = 0;
        int missing = 0;
        for (var r : results) {
            if (!r.reported()) {
                missing++;
            } else if ("MET".equals(r.outcome())) {
                met++;
            } else if ("NOT_MET".equals(r.outcome())) {
                notMet++;
            } else {
                noTarget++;
            }
        }
        return new ClimateReportV1.Counts(results.size(), met, notMet, noTarget, missing);
    }

    private static Map<String, Map<String, MeasureStatus>> byUnit(List<MeasureStatus> list) {
        Map<String, Map<String, MeasureStatus>> byUnit = new HashMap<>();
        list.forEach(s -> byUnit.computeIfAbsent(s.unitCode, u -> new HashMap<>()).put(s.indicatorCode, s));
        return byUnit;
    }
}
