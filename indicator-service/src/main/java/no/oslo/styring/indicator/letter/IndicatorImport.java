package no.oslo.styring.indicator.letter;

import java.util.List;

import no.oslo.styring.targets.Direction;

/**
 * Section 4.1 of a letter in the documented import format {@code styring.indicator-import.v2}
 * (indicator-service/src/main/resources/fixtures/README.md): goals, tiltak and result indicators with history and targets.
 * The earlier format {@code styring.indicator-import.v1} still loads: its {@code periodTypes} are read as the reporting
 * points that meant the same ({@link #normalized()}).
 */
public record IndicatorImport(String format, Letter letter, List<Goal> goals, List<Tiltak> tiltak, List<Indicator> indicators) {

    public static final String FORMAT = "styring.indicator-import.v2";
    /** The format before reporting points: {@code periodTypes} instead of {@code reportingPoints}. */
    public static final String FORMAT_V1 = "styring.indicator-import.v1";

    public IndicatorImport {
        goals = goals == null ? List.of() : goals;
        tiltak = tiltak == null ? List.of() : tiltak;
        indicators = indicators == null ? List.of() : indicators;
    }

    /** The import in today's format: a v1 file's period types become the reporting points that mean the same. */
    public IndicatorImport normalized() {
        if (!FORMAT_V1.equals(format)) {
            return this;
        }
        return new IndicatorImport(FORMAT, letter, goals, tiltak, indicators.stream()
                .map(i -> new Indicator(i.code(), i.goal(), i.name(), i.measure(), i.direction(), List.of(),
                        i.periodTypes(), i.history(), i.targets()))
                .toList());
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
     * A result indicator. {@code reportingPoints}: when the letter asks for it (v2); {@code periodTypes}: the v1 field,
     * empty in v2.
     */
    public record Indicator(String code, String goal, String name, Measure measure, Direction direction,
            List<String> periodTypes, List<String> reportingPoints, List<YearValue> history, List<YearTarget> targets) {
        public Indicator {
            periodTypes = periodTypes == null ? List.of() : periodTypes;
            reportingPoints = reportingPoints == null ? List.of() : reportingPoints;
            history = history == null ? List.of() : history;
            targets = targets == null ? List.of() : targets;
        }
    }

    public record YearValue(Integer year, String value) {
    }

    public record YearTarget(Integer year, String target) {
    }
}
