package no.oslo.styring.climate.measure;

import java.math.BigDecimal;
import java.util.List;

import no.oslo.styring.targets.Direction;

/**
 * A climate-budget reporting table in the documented import format {@code styring.climate-import.v1}
 * (climate-service/src/main/resources/fixtures/README.md): measures (virkemidler) with responsible units and reporting
 * indicators with targets.
 */
public record ClimateImport(String format, Table table, List<Measure> measures) {

    public static final String FORMAT = "styring.climate-import.v1";
    /** The responsible code for "every agency and district". */
    public static final String ALL_UNITS = "ALL";

    public ClimateImport {
        measures = measures == null ? List.of() : measures;
    }

    public record Table(Integer year, String title, String source) {
    }

    public record Measure(String key, String number, ClimateCategory category, List<String> responsible, String text,
            String note, BigDecimal effectTonnesCo2e, BudgetLine budgetLine, String relatedIndicator,
            List<Indicator> indicators) {
        public Measure {
            responsible = responsible == null ? List.of() : responsible;
            indicators = indicators == null ? List.of() : indicators;
        }
    }

    /** A frame in the budget-service: the unit and chapter (kapittel) of the letter year. */
    public record BudgetLine(String unit, String chapter) {
    }

    public record Indicator(String code, String name, String target, Direction direction, List<String> periodTypes) {
        public Indicator {
            direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
            periodTypes = periodTypes == null || periodTypes.isEmpty() ? List.of("Q", "T", "Y") : periodTypes;
        }
    }
}
