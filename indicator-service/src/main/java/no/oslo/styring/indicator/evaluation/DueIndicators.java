package no.oslo.styring.indicator.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.indicator.evaluation.IndicatorResults.Due;
import no.oslo.styring.indicator.evaluation.IndicatorResults.Result;
import no.oslo.styring.indicator.indicator.IndicatorEntity;
import no.oslo.styring.indicator.indicator.IndicatorRepository;
import no.oslo.styring.indicator.letter.HistoryValues;
import no.oslo.styring.indicator.letter.IndicatorImport;
import no.oslo.styring.indicator.letter.IndicatorLetter;
import no.oslo.styring.indicator.letter.LetterRepository;
import no.oslo.styring.indicator.measurement.MeasurementRepository;
import no.oslo.styring.indicator.measurement.Reported;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.targets.Target;
import no.oslo.styring.targets.Targets;

/**
 * Which indicators are due from which unit in a period (those of the year's letters sent to the unit, due at the period:
 * one of its reporting points names it), and their results. Reads everything a period needs in a few queries, for one unit or for all.
 */
@ApplicationScoped
public class DueIndicators {

    @Inject
    LetterRepository letters;

    @Inject
    IndicatorRepository indicators;

    @Inject
    MeasurementRepository measurements;

    /** The results of a period, for every unit the year's letters are sent to (or only {@code unit}). */
    public interface PeriodResults {

        /** The unit's results, one per indicator due (empty when none is due). */
        List<Result> of(String unit);
    }

    /** The results of a period for one unit (null: every unit). */
    public PeriodResults results(PeriodId period, String unit) {
        return results(period, unit == null ? null : Set.of(unit));
    }

    /** The results of a period for the given units (null: every unit the year's letters are sent to). */
    public PeriodResults results(PeriodId period, Set<String> units) {
        // a national letter is sent to 23 000 units: looked up in a set, not a list
        Map<Long, Set<String>> sentTo = new HashMap<>();
        List<IndicatorLetter> ofYear = letters.ofYear(period.year(), null).stream().filter(l -> {
            Set<String> to = sentTo.computeIfAbsent(l.id, id -> new HashSet<>(l.units));
            return units == null || units.stream().anyMatch(to::contains);
        }).toList();
        Map<Long, List<IndicatorEntity>> dueByLetter = new HashMap<>();
        Map<Long, Due> dueOf = new HashMap<>();
        if (!ofYear.isEmpty()) {
            for (IndicatorEntity e : indicators.ofLetters(ofYear.stream().map(l -> l.id).toList())) {
                if (e.inLetter && e.points().dueIn(period)) {
                    dueByLetter.computeIfAbsent(e.letterId, l -> new ArrayList<>()).add(e);
                    String text = e.targetFor(period.year());
                    Target target = Targets.parse(text == null ? "*" : text);
                    dueOf.put(e.id, new Due(e.code, e.name, e.format(), e.direction, target,
                            IndicatorResults.TargetSource.LETTER));
                }
            }
        }
        Map<String, Map<String, Reported>> latest = dueOf.isEmpty()
                ? Map.of()
                : measurements.latest(period.toString(), units);
        Map<Integer, Map<String, Map<String, Reported>>> annual = new HashMap<>();
        return code -> {
            List<Result> results = new ArrayList<>();
            Map<String, Reported> reported = latest.getOrDefault(code, Map.of());
            for (IndicatorLetter letter : ofYear) {
                if (!sentTo.get(letter.id).contains(code)) {
                    continue;
                }
                for (IndicatorEntity e : dueByLetter.getOrDefault(letter.id, List.of())) {
                    Due due = dueOf.get(e.id);
                    String own = e.unitTargetFor(code, period.year());
                    if (own != null) {
                        due = due.withUnitTarget(Targets.parse(own));
                    }
                    results.add(IndicatorResults.evaluate(due, reported.get(e.code),
                            year -> resultOf(annual, year, code, e, units)));
                }
            }
            return results;
        };
    }

    /** A unit's result of an earlier year: its årsberetning value for the indicator, else the letter's history value. */
    private Optional<BigDecimal> resultOf(Map<Integer, Map<String, Map<String, Reported>>> annual, int year, String unit,
            IndicatorEntity e, Set<String> units) {
        Map<String, Map<String, Reported>> ofYear = annual.computeIfAbsent(year,
                y -> measurements.latest(PeriodId.parse(y + "-Y").toString(), units));
        Reported own = ofYear.getOrDefault(unit, Map.of()).get(e.code);
        if (own != null) {
            return Optional.of(own.value());
        }
        Optional<BigDecimal> ownHistory = e.unitHistory.stream()
                .filter(h -> h.unit().equals(unit) && h.year() != null && h.year() == year).findFirst()
                .flatMap(h -> HistoryValues.numberOf(h.value()));
        if (ownHistory.isPresent() || e.historyScope != IndicatorImport.HistoryScope.UNIT) {
            // the letter's history is the city's: never a district's own result
            return ownHistory;
        }
        return e.history.stream().filter(h -> h.year() != null && h.year() == year).findFirst()
                .flatMap(h -> HistoryValues.numberOf(h.unmarked()));
    }
}
