package no.oslo.styring.indicator.letter;

import java.util.List;

import no.oslo.styring.targets.Direction;

/**
 * Section 4.1 of a letter in the documented import format {@code styring.indicator-import.v3}
 * (indicator-service/src/main/resources/fixtures/README.md): goals, tiltak and result indicators with history and targets.
 * The earlier formats still load ({@link #normalized()}): v1's {@code periodTypes} are read as the reporting points that
 * meant the same, and v1's and v2's {@code measure} as the unit of measure and value kind it meant.
 */
public record IndicatorImport(String format, Letter letter, List<Goal> goals, List<Tiltak> tiltak, List<Indicator> indicators,
        List<Footnotes.Footnote> footnotes) {

    public static final String FORMAT = "styring.indicator-import.v3";
    /** The format before free units of measure: {@code measure}, one of six, instead of a unit and a value kind. */
    public static final String FORMAT_V2 = "styring.indicator-import.v2";
    /** The format before reporting points: {@code periodTypes} instead of {@code reportingPoints}, and {@code measure}. */
    public static final String FORMAT_V1 = "styring.indicator-import.v1";
    /** What an indicator's {@code inferred} may name: the fields whose value the letter does not print. */
    public static final List<String> INFERABLE = List.of("unitOfMeasure", "valueKind", "decimals", "direction",
            "reportingPoints");

    public IndicatorImport {
        goals = goals == null ? List.of() : goals;
        tiltak = tiltak == null ? List.of() : tiltak;
        indicators = indicators == null ? List.of() : indicators;
        footnotes = footnotes == null ? List.of() : footnotes;
    }

    /** An import without footnotes. */
    public IndicatorImport(String format, Letter letter, List<Goal> goals, List<Tiltak> tiltak, List<Indicator> indicators) {
        this(format, letter, goals, tiltak, indicators, List.of());
    }

    /** The footnotes of the letter's indicator table («1) Minst like godt resultat som for 2023»), each once. */
    public Footnotes table() {
        return new Footnotes(footnotes);
    }

    /**
     * The import in today's format: a v1 file's period types become the reporting points that mean the same, and a v1
     * or v2 file's measure the unit of measure and value kind it meant ({@link ValueFormat#of(Measure)}).
     */
    public IndicatorImport normalized() {
        if (!FORMAT_V1.equals(format) && !FORMAT_V2.equals(format)) {
            return this;
        }
        boolean v1 = FORMAT_V1.equals(format);
        return new IndicatorImport(FORMAT, letter, goals, tiltak, indicators.stream().map(i -> {
            ValueFormat f = i.measure() == null ? new ValueFormat(null, null, null) : ValueFormat.of(i.measure());
            return new Indicator(i.code(), i.goal(), i.name(), null, f.unitOfMeasure(), f.kind(), f.decimals(),
                    i.direction(), List.of(), v1 ? i.periodTypes() : i.reportingPoints(), i.history(), i.targets(),
                    i.inferred(), i.historyScope(), i.unitTargets(), i.unitHistory());
        }).toList(), footnotes);
    }

    public record Letter(Integer year, String title, List<String> units) {
        public Letter {
            units = units == null ? List.of() : units;
        }
    }

    public record Goal(String key, GoalLevel level, String code, String title, String parent) {
    }

    public record Tiltak(String key, String goal, Integer number, String text, String explanation, String withdrawn) {
    }

    /**
     * A result indicator. {@code unitOfMeasure}, {@code valueKind}, {@code decimals}: how its values are written (v3);
     * {@code measure}: the v1 and v2 field, null in v3. {@code reportingPoints}: when the letter asks for it (v2, v3);
     * {@code periodTypes}: the v1 field, empty after. {@code inferred}: the fields ({@link #INFERABLE}) whose value the
     * letter does not print and the file's author assumed.
     */
    public record Indicator(String code, String goal, String name, Measure measure, String unitOfMeasure,
            ValueKind valueKind, Integer decimals, Direction direction, List<String> periodTypes,
            List<String> reportingPoints, List<YearValue> history, List<YearTarget> targets, List<String> inferred,
            HistoryScope historyScope, List<UnitTarget> unitTargets, List<UnitValue> unitHistory) {
        public Indicator {
            periodTypes = periodTypes == null ? List.of() : periodTypes;
            reportingPoints = reportingPoints == null ? List.of() : reportingPoints;
            history = history == null ? List.of() : history;
            targets = targets == null ? List.of() : targets;
            inferred = inferred == null ? List.of() : inferred;
            unitTargets = unitTargets == null ? List.of() : unitTargets;
            unitHistory = unitHistory == null ? List.of() : unitHistory;
        }

        /** An indicator without local targets and history (the letter's scope decides whose its history is). */
        public Indicator(String code, String goal, String name, Measure measure, String unitOfMeasure,
                ValueKind valueKind, Integer decimals, Direction direction, List<String> periodTypes,
                List<String> reportingPoints, List<YearValue> history, List<YearTarget> targets, List<String> inferred) {
            this(code, goal, name, measure, unitOfMeasure, valueKind, decimals, direction, periodTypes, reportingPoints,
                    history, targets, inferred, null, null, null);
        }

        /** How its values are written (of a normalized import). */
        public ValueFormat format() {
            return new ValueFormat(unitOfMeasure == null ? null : unitOfMeasure.strip(), valueKind, decimals);
        }

        /** The same indicator asked for at other reporting points. */
        public Indicator withReportingPoints(List<String> points) {
            return new Indicator(code, goal, name, measure, unitOfMeasure, valueKind, decimals, direction, periodTypes,
                    points, history, targets, inferred, historyScope, unitTargets, unitHistory);
        }
    }

    /**
     * A result of a year as printed ({@code "73,4 %"}, {@code "31 274²"}); {@code mark}: the footnote mark it ends with, set
     * by the import from the table's footnotes.
     */
    public record YearValue(Integer year, String value, String mark) {
        public YearValue(Integer year, String value) {
            this(year, value, null);
        }

        /** The printed value without its footnote mark: what is read as a number. */
        public String unmarked() {
            return mark == null ? value : new Footnotes(List.of(new Footnotes.Footnote(mark, ""))).withoutMark(value);
        }
    }

    /**
     * A target of a year. In a file: {@code target} as printed. Stored: {@code target} in the shared target grammar, with
     * a footnote resolved ({@code "1)"} → {@code "1) Minst like godt resultat som for 2023"}); {@code printed} as the
     * letter printed it where that differs; {@code mark} the footnote mark it has.
     */
    public record YearTarget(Integer year, String target, String printed, String mark) {
        public YearTarget(Integer year, String target) {
            this(year, target, null, null);
        }

        /** As the letter printed it. */
        public String asPrinted() {
            return printed == null ? target : printed;
        }

        /** The target read with the table's footnotes, as stored. */
        public YearTarget resolved(Footnotes table) {
            String m = table.markOf(target).orElse(null);
            String grammar = table.targetOf(target);
            return new YearTarget(year, grammar, grammar.equals(target) ? null : target, m);
        }
    }

    /**
     * Whose figures a letter's history (and targets) are: the city's («byens tall»: the bydel letter, whose districts get
     * their own måltall elsewhere) or the recipient's own (Helseetaten's letter). Left out: the recipient's own when the
     * letter is sent to one unit, the city's when it is sent to several.
     */
    public enum HistoryScope {
        CITY, UNIT
    }

    /** A unit's own target of a year («lokale måltall»), in the shared target grammar. */
    public record UnitTarget(String unit, Integer year, String target) {
    }

    /** A unit's own result of a year, as printed. */
    public record UnitValue(String unit, Integer year, String value) {
    }

    /** The value with the footnote mark it ends with. */
    public static YearValue marked(YearValue v, Footnotes table) {
        return new YearValue(v.year(), v.value(), table.markOf(v.value()).orElse(null));
    }
}
