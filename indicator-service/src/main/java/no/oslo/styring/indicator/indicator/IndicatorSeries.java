package no.oslo.styring.indicator.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.indicator.letter.ValueKind;
import no.oslo.styring.targets.Direction;

/**
 * An indicator over the years, for trends: the letters' history and targets, and what units reported in closed periods
 * (drafts never). The history is the latest letter's; each year's target is that year's letter's.
 */
@Schema(name = "IndicatorSeries", description = "An indicator over the years: history, targets, reported values")
public record IndicatorSeries(String code, String name,
        @Schema(description = "The unit as the letter prints it", examples = "prosent") String unitOfMeasure,
        ValueKind valueKind, Direction direction,
        List<IndicatorView.HistoryValue> history, List<YearTarget> targets, List<Reported> reported) {

    @Schema(name = "IndicatorSeriesTarget")
    public record YearTarget(int year, @Schema(examples = ">75,2 %") String target,
            @Schema(description = "The target's number, when it has one (for drawing it)") BigDecimal threshold) {
    }

    @Schema(name = "IndicatorSeriesValue")
    public record Reported(String unit, @Schema(examples = "2024-Y") String periodId, int year, BigDecimal value) {
    }
}
