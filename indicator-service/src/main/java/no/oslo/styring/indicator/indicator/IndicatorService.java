package no.oslo.styring.indicator.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.oslo.styring.indicator.letter.Footnotes;
import no.oslo.styring.indicator.letter.IndicatorLetter;
import no.oslo.styring.indicator.letter.LetterRepository;
import no.oslo.styring.indicator.measurement.MeasurementRepository;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.targets.Target;
import no.oslo.styring.targets.Targets;

@ApplicationScoped
public class IndicatorService {

    @Inject
    IndicatorRepository indicators;

    @Inject
    LetterRepository letters;

    @Inject
    MeasurementRepository measurements;

    public List<IndicatorView> list(int year, String unit) {
        Map<Long, Footnotes> tables = new HashMap<>();
        return of(year, unit).stream().map(e -> IndicatorView.of(e, tables.computeIfAbsent(e.letterId, this::tableOf)))
                .toList();
    }

    public IndicatorView get(long id) {
        IndicatorEntity e = indicators.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Indicator", id);
        }
        return IndicatorView.of(e, tableOf(e.letterId));
    }

    /** An indicator as served. */
    public IndicatorView view(IndicatorEntity e) {
        return IndicatorView.of(e, tableOf(e.letterId));
    }

    /** The footnotes of a letter's indicator table. */
    private Footnotes tableOf(long letterId) {
        IndicatorLetter letter = letters.findById(letterId);
        return letter == null ? Footnotes.NONE : new Footnotes(letter.footnotes);
    }

    /** The indicators a unit reports in a letter year (those of the letters sent to it). */
    public List<IndicatorEntity> of(int year, String unit) {
        List<Long> ids = letters.ofYear(year, unit).stream().map(l -> l.id).toList();
        return ids.isEmpty() ? List.of() : indicators.ofLetters(ids);
    }

    /** The indicator over the years; a 404 when no letter has it. */
    @Transactional
    public IndicatorSeries series(String code, String unit) {
        List<IndicatorEntity> years = indicators.ofCode(code);
        if (years.isEmpty()) {
            throw ProblemException.notFound("Indicator", code);
        }
        IndicatorEntity latest = years.get(years.size() - 1);
        java.util.TreeMap<Integer, IndicatorSeries.YearTarget> targets = new java.util.TreeMap<>();
        for (IndicatorEntity e : years) {
            String target = e.targetFor(e.year);
            if (target != null) {
                targets.put(e.year, new IndicatorSeries.YearTarget(e.year, target, thresholdOf(target)));
            }
        }
        List<IndicatorSeries.Reported> reported = measurements.reportedInClosedPeriods(code, unit);
        IndicatorView view = IndicatorView.of(latest, tableOf(latest.letterId));
        return new IndicatorSeries(code, latest.name, latest.unitOfMeasure, latest.valueKind, latest.direction,
                view.history(), List.copyOf(targets.values()), reported);
    }

    private static BigDecimal thresholdOf(String target) {
        try {
            return Targets.parse(target) instanceof Target.Threshold t ? t.value() : null;
        } catch (RuntimeException unparsable) {
            return null;
        }
    }
}
