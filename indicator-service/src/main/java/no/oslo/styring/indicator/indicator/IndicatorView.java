package no.oslo.styring.indicator.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.indicator.letter.HistoryValues;
import no.oslo.styring.indicator.letter.ValueKind;
import no.oslo.styring.targets.Direction;

@Schema(name = "Indicator", description = "A result indicator of a letter year, with its history and targets as printed")
public record IndicatorView(long id, String code, int year, long letterId, String goal, String name,
        @Schema(description = "The unit as the letter prints it", examples = "µg/m³") String unitOfMeasure,
        @Schema(description = "What a value may be: WHOLE (0 or more), DECIMAL (0 or more), PERCENT (0–100), SCORE (any)") ValueKind valueKind,
        @Schema(description = "The most decimals a value may have; absent for any") Integer decimals,
        @Schema(description = "What a value may be, as users read it", examples = "0–100") String valueRuleNb,
        Direction direction,
        @Schema(description = "The points of the year the letter asks it reported at: Q1, T2, Y, M05; M, Q, T, H are every"
                + " month, quarter, tertial, half", examples = "[\"Q1\", \"T2\", \"Y\"]") List<String> reportingPoints,
        @Schema(description = "The reporting points as users read them", examples = "1. kvartal, 2. tertial, årsberetning") String reportingPointsNb,
        List<HistoryValue> history, List<TargetView> targets,
        @Schema(description = "False when a later import of the letter left it out") boolean inLetter,
        @Schema(description = "The fields whose value the letter does not print and the import assumed", examples = "[\"valueKind\", \"direction\"]") List<String> inferred) {

    @Schema(name = "IndicatorHistoryValue")
    public record HistoryValue(int year, @Schema(description = "As printed", examples = "73,4 %") String printed,
            @Schema(description = "The printed value as a number, when it is one") BigDecimal value) {
    }

    @Schema(name = "IndicatorTarget")
    public record TargetView(int year,
            @Schema(description = "In the shared target grammar", examples = ">75,2 %") String target) {
    }

    public static IndicatorView of(IndicatorEntity e) {
        return new IndicatorView(e.id, e.code, e.year, e.letterId, e.goalKey, e.name, e.unitOfMeasure, e.valueKind,
                e.decimals, e.format().ruleNb(), e.direction, e.reportingPoints, e.points().labelNb(),
                e.history.stream().map(h -> new HistoryValue(h.year(), h.value(),
                        HistoryValues.numberOf(h.value()).orElse(null))).toList(),
                e.targets.stream().map(t -> new TargetView(t.year(), t.target())).toList(), e.inLetter,
                List.copyOf(e.inferred));
    }
}
