package no.oslo.styring.climate.measure;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.targets.Direction;

@Schema(name = "ClimateMeasure", description = "A virkemiddel of the climate budget with its reporting indicators")
public record MeasureView(long id, int year, String key, String number, ClimateCategory category, String categoryNb,
        List<String> responsible, String text, String note, BigDecimal effectTonnesCo2e, BudgetLineView budgetLine,
        String relatedIndicator,
        @Schema(description = "Whether the indicator-service has published the related indicator for the year") Boolean relatedIndicatorKnown,
        List<IndicatorView> indicators) {

    @Schema(name = "ClimateBudgetLine")
    public record BudgetLineView(String unit, String chapter,
            @Schema(description = "Whether the budget-service has published this frame for the year") boolean known,
            @Schema(description = "The frame's id in the budget-service (GET /api/v1/budget-frames/{id}), once known") Long frameId) {
    }

    @Schema(name = "ClimateIndicator")
    public record IndicatorView(long id, String code, String name,
            @Schema(description = "In the shared target grammar", examples = "100 %") String target, Direction direction,
            @Schema(description = "The points of the year the letter asks it reported at: Q1, T2, Y, M05; M, Q, T, H are every"
                    + " month, quarter, tertial, half", examples = "[\"Q1\", \"T2\", \"Y\"]") List<String> reportingPoints,
            @Schema(description = "The reporting points as users read them", examples = "1. kvartal, 2. tertial, årsberetning") String reportingPointsNb) {

        static IndicatorView of(ClimateIndicator i) {
            return new IndicatorView(i.id, i.code, i.name, i.target, i.direction, i.reportingPoints, i.points().labelNb());
        }
    }
}
