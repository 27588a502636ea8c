package no.oslo.styring.indicator.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.oslo.styring.indicator.letter.Footnotes;
import no.oslo.styring.indicator.letter.IndicatorImport;
import no.oslo.styring.indicator.letter.IndicatorLetter;
import no.oslo.styring.indicator.letter.LetterRepository;
import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.targets.Target;
import no.oslo.styring.targets.Targets;

@ApplicationScoped
public class IndicatorService {

    /** A unit's own figures cover the letter's years and its history: a few years, never hundreds. */
    static final int MAX_LOCAL_YEARS = 100;

    @Inject
    IndicatorRepository indicators;

    @Inject
    LetterRepository letters;

    @Inject
    ReportedValues reported;

    @Inject
    IndicatorChanges changes;

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

    /**
     * Replaces a unit's own targets and results of an indicator without importing the letter again; the unit must be a
     * recipient of its letter. A change is an {@code indicator.changed.v1}, in the same transaction.
     */
    @Transactional
    public IndicatorView setLocal(long id, String unit, LocalFigures figures) {
        IndicatorEntity e = indicators.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Indicator", id);
        }
        IndicatorLetter letter = letters.findById(e.letterId);
        List<FieldError> errors = new ArrayList<>();
        if (!letter.units.contains(unit)) {
            errors.add(new FieldError("unit", unit + " is not a recipient of " + letter.title));
        }
        if (figures.targets().size() > MAX_LOCAL_YEARS || figures.history().size() > MAX_LOCAL_YEARS) {
            String field = figures.targets().size() > MAX_LOCAL_YEARS ? "targets" : "history";
            throw ProblemException.invalidField(field, "at most " + MAX_LOCAL_YEARS + " years, one entry each",
                    "høyst " + MAX_LOCAL_YEARS + " år, ett av hvert");
        }
        List<IndicatorImport.UnitTarget> targets = new ArrayList<>();
        java.util.Set<Integer> years = new java.util.HashSet<>();
        Footnotes table = new Footnotes(letter.footnotes);
        for (int t = 0; t < figures.targets().size(); t++) {
            IndicatorImport.YearTarget one = figures.targets().get(t);
            if (one == null || one.year() == null || one.year() < 2000 || one.year() > 9999) {
                errors.add(new FieldError("targets[" + t + "].year", "must be a year such as 2024"));
                continue;
            }
            if (!years.add(one.year())) {
                errors.add(new FieldError("targets[" + t + "].year", one.year() + " is given twice"));
            }
            try {
                String grammar = table.targetOf(one.target() == null ? "" : one.target());
                no.oslo.styring.targets.Targets.parse(grammar);
                targets.add(new IndicatorImport.UnitTarget(unit, one.year(), grammar));
            } catch (no.oslo.styring.targets.TargetSyntaxException ex) {
                errors.add(new FieldError("targets[" + t + "].target", ex.getMessage()));
            }
        }
        years.clear();
        List<IndicatorImport.UnitValue> history = new ArrayList<>();
        for (int h = 0; h < figures.history().size(); h++) {
            IndicatorImport.YearValue one = figures.history().get(h);
            if (one == null || one.year() == null || one.year() < 2000 || one.year() > 9999) {
                errors.add(new FieldError("history[" + h + "].year", "must be a year such as 2023"));
                continue;
            }
            if (!years.add(one.year())) {
                errors.add(new FieldError("history[" + h + "].year", one.year() + " is given twice"));
            }
            if (one.value() == null || one.value().isBlank()) {
                errors.add(new FieldError("history[" + h + "].value", "is required (as printed)"));
            } else {
                history.add(new IndicatorImport.UnitValue(unit, one.year(), one.value().strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Object> before = IndicatorChanges.content(e, letter.units);
        List<IndicatorImport.UnitTarget> allTargets = new ArrayList<>(e.unitTargets.stream()
                .filter(t -> !t.unit().equals(unit)).toList());
        allTargets.addAll(targets);
        List<IndicatorImport.UnitValue> allHistory = new ArrayList<>(e.unitHistory.stream()
                .filter(v -> !v.unit().equals(unit)).toList());
        allHistory.addAll(history);
        e.unitTargets = List.copyOf(allTargets);
        e.unitHistory = List.copyOf(allHistory);
        if (!before.equals(IndicatorChanges.content(e, letter.units))) {
            changes.publish(letter, e);
        }
        return view(e);
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
        List<IndicatorSeries.Reported> reported = this.reported.reportedInClosedPeriods(code, unit);
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
