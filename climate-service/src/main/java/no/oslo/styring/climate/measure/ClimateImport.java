package no.oslo.styring.climate.measure;

import java.math.BigDecimal;
import java.util.List;

import no.oslo.styring.targets.Direction;

/**
 * A climate-budget reporting table in the documented import format {@code styring.climate-import.v2}
 * (climate-service/src/main/resources/fixtures/README.md): measures (virkemidler) with responsible units and reporting
 * indicators with targets and the points of the year they are reported at. The earlier {@code styring.climate-import.v1}
 * still loads: its {@code periodTypes} are read as the reporting points that meant the same ({@link #normalized()}).
 */
public record ClimateImport(String format, Table table, List<Measure> measures) {

    public static final String FORMAT = "styring.climate-import.v2";
    /** The format before reporting points: {@code periodTypes}, by default every quarter, every tertial and the year. */
    public static final String FORMAT_V1 = "styring.climate-import.v1";
    /** What both letters ask of the klimabudsjett: «1. kvartal, 2. tertial og årsberetning». */
    public static final List<String> LETTER_POINTS = List.of("Q1", "T2", "Y");
    /** The first format's default period types: every quarter, every tertial and the year. */
    public static final List<String> V1_PERIOD_TYPES = List.of("Q", "T", "Y");
    /** The responsible code for "every agency and district". */
    public static final String ALL_UNITS = "ALL";

    public ClimateImport {
        measures = measures == null ? List.of() : measures;
    }

    /**
     * The import in today's format with every indicator's points: a v1 file's period types (by default Q, T, Y) become
     * the points that mean the same; a v2 indicator that names no points gets the letters' «1. kvartal, 2. tertial og
     * årsberetning».
     */
    public ClimateImport normalized() {
        boolean v1 = FORMAT_V1.equals(format);
        return new ClimateImport(FORMAT, table, measures.stream().map(m -> new Measure(m.key(), m.number(), m.category(),
                m.responsible(), m.text(), m.note(), m.effectTonnesCo2e(), m.budgetLine(), m.relatedIndicator(),
                m.indicators().stream().map(i -> new Indicator(i.code(), i.name(), i.target(), i.direction(), List.of(),
                        v1
                                ? (i.periodTypes().isEmpty() ? V1_PERIOD_TYPES : i.periodTypes())
                                : (i.reportingPoints().isEmpty() ? LETTER_POINTS : i.reportingPoints())))
                        .toList()))
                .toList());
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

    /** A reporting indicator; {@code periodTypes} is the v1 field, {@code reportingPoints} the v2 one. */
    public record Indicator(String code, String name, String target, Direction direction, List<String> periodTypes,
            List<String> reportingPoints) {
        public Indicator {
            direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
            periodTypes = periodTypes == null ? List.of() : periodTypes;
            reportingPoints = reportingPoints == null ? List.of() : reportingPoints;
        }
    }
}
