package no.oslo.styring.indicator.letter;

import java.util.List;

import no.oslo.styring.targets.Direction;

/**
 * Section 4.1 of a letter in the documented import format {@code styring.indicator-import.v1}
 * (indicator-service/src/main/resources/fixtures/README.md): goals, tiltak and result indicators with history and targets.
 */
public record IndicatorImport(String format, Letter letter, List<Goal> goals, List<Tiltak> tiltak, List<Indicator> indicators) {

    public static final String FORMAT = "styring.indicator-import.v1";

    public IndicatorImport {
        goals = goals == null ? List.of() : goals;
        tiltak = tiltak == null ? List.of() : tiltak;
        indicators = indicators == null ? List.of() : indicators;
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

    public record Indicator(String code, String goal, String name, Measure measure, Direction direction,
            List<String> periodTypes, List<YearValue> history, List<YearTarget> targets) {
        public Indicator {
            periodTypes = periodTypes == null ? List.of() : periodTypes;
            history = history == null ? List.of() : history;
            targets = targets == null ? List.of() : targets;
        }
    }

    public record YearValue(Integer year, String value) {
    }

    public record YearTarget(Integer year, String target) {
    }
}
