package no.oslo.styring.indicator.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import no.oslo.styring.indicator.letter.IndicatorImport.Goal;
import no.oslo.styring.indicator.letter.IndicatorImport.Indicator;
import no.oslo.styring.indicator.letter.IndicatorImport.Tiltak;
import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.targets.TargetSyntaxException;
import no.oslo.styring.targets.Targets;

/**
 * Checks an indicator import the way the letter must be read: a goal hierarchy of the right shape, tiltak and indicators
 * that hang on goals of the file, targets in the shared grammar, and rows printed twice that are really the same. Every
 * finding names the JSON field.
 */
public final class ImportCheck {

    /** One finding: the JSON path of the offending value and what is wrong with it. */
    public record Finding(String field, String message) {
    }

    public static final Pattern UNIT = Pattern.compile("^[A-Z0-9]{2,12}$");
    static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,99}$");
    static final Set<String> PERIOD_TYPES = Set.of("M", "Q", "T", "Y");

    private final List<Finding> findings = new ArrayList<>();
    private boolean v1;
    private boolean withMeasure;
    private Footnotes table = Footnotes.NONE;
    private List<String> letterUnits = List.of();

    private ImportCheck() {
    }

    /** Every finding; an empty list means the import can be stored. */
    public static List<Finding> check(IndicatorImport in) {
        ImportCheck c = new ImportCheck();
        boolean v1 = IndicatorImport.FORMAT_V1.equals(in.format());
        boolean v2 = IndicatorImport.FORMAT_V2.equals(in.format());
        if (!v1 && !v2 && !IndicatorImport.FORMAT.equals(in.format())) {
            c.add("format", "must be \"" + IndicatorImport.FORMAT + "\" (or the earlier \"" + IndicatorImport.FORMAT_V2
                    + "\" or \"" + IndicatorImport.FORMAT_V1 + "\"), was " + quote(in.format()));
        }
        c.v1 = v1;
        c.withMeasure = v1 || v2;
        c.letter(in.letter());
        c.letterUnits = in.letter() == null ? List.of() : in.letter().units();
        List<Finding> footnoteProblems = Footnotes.problemsOf(in.footnotes());
        c.findings.addAll(footnoteProblems);
        c.table = footnoteProblems.isEmpty() ? in.table() : Footnotes.NONE;
        Map<String, Goal> goals = c.goals(in.goals());
        c.tiltak(in.tiltak(), goals);
        c.indicators(in.indicators(), goals);
        return List.copyOf(c.findings);
    }

    /** The tiltak of the file, each once (a tiltak printed twice is one tiltak), in print order. */
    public static List<Tiltak> distinctTiltak(IndicatorImport in) {
        Map<String, Tiltak> byKey = new LinkedHashMap<>();
        in.tiltak().forEach(t -> byKey.putIfAbsent(t.key(), t));
        return List.copyOf(byKey.values());
    }

    /** The indicators of the file, each once (the same row printed twice is one indicator), in print order. */
    public static List<Indicator> distinctIndicators(IndicatorImport in) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        in.indicators().forEach(i -> byCode.putIfAbsent(i.code(), i));
        return List.copyOf(byCode.values());
    }

    private void letter(IndicatorImport.Letter letter) {
        if (letter == null) {
            add("letter", "is required");
            return;
        }
        if (letter.year() == null || letter.year() < 2000 || letter.year() > 9999) {
            add("letter.year", "must be a year such as 2025, was " + letter.year());
        }
        if (blank(letter.title())) {
            add("letter.title", "is required");
        }
        if (letter.units().isEmpty()) {
            add("letter.units", "must name at least one recipient unit");
        }
        Set<String> seen = new HashSet<>();
        for (int u = 0; u < letter.units().size(); u++) {
            String code = letter.units().get(u);
            if (code == null || !UNIT.matcher(code).matches()) {
                add("letter.units[" + u + "]", quote(code) + " is not a unit code such as HEL or 030112");
            } else if (!seen.add(code)) {
                add("letter.units[" + u + "]", "unit " + code + " is named twice");
            }
        }
    }

    private Map<String, Goal> goals(List<Goal> goals) {
        Map<String, Goal> byKey = new HashMap<>();
        for (int g = 0; g < goals.size(); g++) {
            Goal goal = goals.get(g);
            String at = "goals[" + g + "]";
            if (goal == null) {
                add(at, "is empty");
            } else if (blank(goal.key())) {
                add(at + ".key", "is required");
            } else if (byKey.putIfAbsent(goal.key(), goal) != null) {
                add(at + ".key", "goal key '" + goal.key() + "' is used twice");
            }
        }
        for (int g = 0; g < goals.size(); g++) {
            Goal goal = goals.get(g);
            if (goal == null) {
                continue;
            }
            String at = "goals[" + g + "]";
            if (goal.level() == null) {
                add(at + ".level", "is required: KOMMUNEMAL, SEKTORMAL, FUNKSJONSOMRADE or HOVEDMAL");
            }
            if (blank(goal.code())) {
                add(at + ".code", "is required");
            }
            if (blank(goal.title()) && goal.level() != GoalLevel.FUNKSJONSOMRADE) {
                // a functional area may be printed by its code alone («BYU:»); every goal has its title
                add(at + ".title", "is required");
            }
            if (goal.level() == null) {
                continue;
            }
            GoalLevel expected = goal.level().parent();
            if (expected == null && goal.parent() != null) {
                add(at + ".parent", "a " + goal.level() + " has no parent goal");
            } else if (expected != null) {
                Goal parent = goal.parent() == null ? null : byKey.get(goal.parent());
                if (parent == null) {
                    add(at + ".parent", "a " + goal.level() + " hangs under a " + expected + " of this file; "
                            + quote(goal.parent()) + " is none");
                } else if (parent.level() != expected) {
                    add(at + ".parent", "a " + goal.level() + " hangs under a " + expected + ", not under "
                            + parent.level() + " '" + parent.key() + "'");
                }
            }
        }
        return byKey;
    }

    private void tiltak(List<Tiltak> tiltak, Map<String, Goal> goals) {
        Map<String, Integer> first = new HashMap<>();
        for (int t = 0; t < tiltak.size(); t++) {
            Tiltak one = tiltak.get(t);
            String at = "tiltak[" + t + "]";
            if (one == null) {
                add(at, "is empty");
                continue;
            }
            if (blank(one.key())) {
                add(at + ".key", "is required");
            } else {
                Integer earlier = first.putIfAbsent(one.key(), t);
                if (earlier != null && !Objects.equals(tiltak.get(earlier), one)) {
                    add(at + ".key", "tiltak '" + one.key() + "' is printed again with different content (first at tiltak["
                            + earlier + "])");
                }
            }
            Goal goal = one.goal() == null ? null : goals.get(one.goal());
            if (goal == null) {
                add(at + ".goal", quote(one.goal()) + " is not a goal of this file");
            } else if (goal.level() != null && !goal.level().holdsTiltak()) {
                add(at + ".goal", "tiltak hang on a SEKTORMAL or HOVEDMAL, not on " + goal.level() + " '" + goal.key() + "'");
            }
            if (blank(one.text())) {
                add(at + ".text", "is required");
            }
            if (one.number() != null && one.number() < 1) {
                add(at + ".number", "must be 1 or more, was " + one.number());
            }
        }
    }

    private void indicators(List<Indicator> indicators, Map<String, Goal> goals) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            String at = "indicators[" + i + "]";
            if (ind == null) {
                add(at, "is empty");
                continue;
            }
            if (ind.code() == null || !CODE.matcher(ind.code()).matches()) {
                add(at + ".code", quote(ind.code()) + " is not a code of lower-case letters, digits and '-'");
            } else {
                Integer earlier = first.putIfAbsent(ind.code(), i);
                if (earlier != null && !Objects.equals(indicators.get(earlier), ind)) {
                    add(at + ".code", "indicator '" + ind.code() + "' is printed again with different content (first at "
                            + "indicators[" + earlier + "])");
                }
            }
            if (ind.goal() == null || !goals.containsKey(ind.goal())) {
                add(at + ".goal", quote(ind.goal()) + " is not a goal of this file");
            }
            if (blank(ind.name())) {
                add(at + ".name", "is required");
            }
            valueFormat(at, ind);
            local(at, ind);
            if (ind.direction() == null) {
                add(at + ".direction", "is required: HIGHER_IS_BETTER or LOWER_IS_BETTER");
            }
            if (v1) {
                periodTypes(at, ind);
            } else {
                reportingPoints(at, ind);
            }
            Set<Integer> years = new HashSet<>();
            for (int h = 0; h < ind.history().size(); h++) {
                var value = ind.history().get(h);
                String hat = at + ".history[" + h + "]";
                if (value == null || value.year() == null) {
                    add(hat + ".year", "is required");
                } else if (!years.add(value.year())) {
                    add(hat + ".year", value.year() + " is given twice");
                }
                if (value != null && blank(value.value())) {
                    add(hat + ".value", "is required (as printed, e.g. \"73,4 %\" or \"N/A\")");
                }
            }
            years.clear();
            for (int t = 0; t < ind.targets().size(); t++) {
                var target = ind.targets().get(t);
                String tat = at + ".targets[" + t + "]";
                if (target == null || target.year() == null) {
                    add(tat + ".year", "is required");
                } else if (!years.add(target.year())) {
                    add(tat + ".year", target.year() + " is given twice");
                }
                if (target == null || target.target() == null) {
                    add(tat + ".target", "is required (\"*\" when no target is set)");
                    continue;
                }
                try {
                    Targets.parse(table.targetOf(target.target()));
                } catch (TargetSyntaxException e) {
                    add(tat + ".target", e.getMessage());
                }
            }
        }
    }

    /** A unit's own targets and results: for a recipient of the letter, once per unit and year, in the grammar. */
    private void local(String at, Indicator ind) {
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < ind.unitTargets().size(); t++) {
            var one = ind.unitTargets().get(t);
            String tat = at + ".unitTargets[" + t + "]";
            if (one == null || !letterUnits.contains(one.unit())) {
                add(tat + ".unit", quote(one == null ? null : one.unit()) + " is not a recipient of the letter");
                continue;
            }
            if (one.year() == null) {
                add(tat + ".year", "is required");
            } else if (!seen.add(one.unit() + "/" + one.year())) {
                add(tat + ".year", one.unit() + " has a target for " + one.year() + " twice");
            }
            try {
                Targets.parse(table.targetOf(one.target() == null ? "" : one.target()));
            } catch (TargetSyntaxException e) {
                add(tat + ".target", e.getMessage());
            }
        }
        seen.clear();
        for (int h = 0; h < ind.unitHistory().size(); h++) {
            var one = ind.unitHistory().get(h);
            String hat = at + ".unitHistory[" + h + "]";
            if (one == null || !letterUnits.contains(one.unit())) {
                add(hat + ".unit", quote(one == null ? null : one.unit()) + " is not a recipient of the letter");
                continue;
            }
            if (one.year() == null) {
                add(hat + ".year", "is required");
            } else if (!seen.add(one.unit() + "/" + one.year())) {
                add(hat + ".year", one.unit() + " has a result for " + one.year() + " twice");
            }
            if (blank(one.value())) {
                add(hat + ".value", "is required (as printed)");
            }
        }
    }

    private void add(String field, String message) {
        findings.add(new Finding(field, message));
    }

    /** v3: a unit of measure as printed and a value kind; v1 and v2: one of six measures. */
    private void valueFormat(String at, Indicator ind) {
        if (withMeasure) {
            if (ind.measure() == null) {
                add(at + ".measure", "is required");
            }
            for (var field : new Object[][]{{"unitOfMeasure", ind.unitOfMeasure()}, {"valueKind", ind.valueKind()},
                    {"decimals", ind.decimals()}}) {
                if (field[1] != null) {
                    add(at + "." + field[0], "is a field of " + IndicatorImport.FORMAT + "; this format names measure");
                }
            }
        } else {
            if (ind.measure() != null) {
                add(at + ".measure", "is the field of the earlier formats; " + IndicatorImport.FORMAT
                        + " names unitOfMeasure (as printed) and valueKind (WHOLE, DECIMAL, PERCENT, SCORE)");
            }
            ValueFormat.problemsOf(at + ".", ind.unitOfMeasure(), ind.valueKind(), ind.decimals()).forEach(findings::add);
        }
        Set<String> inferred = new HashSet<>();
        for (int f = 0; f < ind.inferred().size(); f++) {
            String field = ind.inferred().get(f);
            if (!IndicatorImport.INFERABLE.contains(field)) {
                add(at + ".inferred[" + f + "]",
                        quote(field) + " is not one of " + String.join(", ", IndicatorImport.INFERABLE));
            } else if (!inferred.add(field)) {
                add(at + ".inferred[" + f + "]", field + " is named twice");
            }
        }
    }

    /** The v1 field: period types, each meaning every period of its type. */
    private void periodTypes(String at, Indicator ind) {
        if (!ind.reportingPoints().isEmpty()) {
            add(at + ".reportingPoints", "is a field of the later formats; a " + IndicatorImport.FORMAT_V1
                    + " file names periodTypes");
        }
        if (ind.periodTypes().isEmpty()) {
            add(at + ".periodTypes", "must name at least one of M, Q, T, Y");
        }
        Set<String> types = new HashSet<>();
        for (int p = 0; p < ind.periodTypes().size(); p++) {
            String type = ind.periodTypes().get(p);
            if (!PERIOD_TYPES.contains(type)) {
                add(at + ".periodTypes[" + p + "]", quote(type) + " is not M, Q, T or Y");
            } else if (!types.add(type)) {
                add(at + ".periodTypes[" + p + "]", type + " is named twice");
            }
        }
    }

    /** The points of the year the letter asks the indicator reported at: Q1, T2, Y, M05, or M for every month. */
    private void reportingPoints(String at, Indicator ind) {
        if (!ind.periodTypes().isEmpty()) {
            add(at + ".periodTypes", "is the field of " + IndicatorImport.FORMAT_V1 + "; later formats name "
                    + "reportingPoints (Q1, T2, Y, M05, …)");
        }
        if (ind.reportingPoints().isEmpty()) {
            add(at + ".reportingPoints", "must name at least one point the letter asks for: Q1, T2, Y, M05, M (every month) …");
        }
        ReportingPoints.problemsOf(ind.reportingPoints())
                .forEach(p -> add(at + ".reportingPoints[" + p.index() + "]", p.message()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
