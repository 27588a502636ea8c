package no.oslo.styring.climate.overview;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClimateOverview", description = "City-wide: every measure of the period's year, and for each of its "
        + "indicators due in the period how many responsible units met, missed or did not report it")
public record ClimateOverview(String periodId, int year, List<MeasureOverview> measures) {

    @Schema(name = "ClimateMeasureOverview")
    public record MeasureOverview(String key, String text, String category, String categoryNb,
            @Schema(description = "How many units are responsible (ALL: every agency and district)") int responsibleUnits,
            List<IndicatorOverview> indicators) {
    }

    @Schema(name = "ClimateIndicatorOverview")
    public record IndicatorOverview(String code, String name, String target, int responsible, int met, int notMet,
            @Schema(description = "Reported without a value, or the target sets none") int noTarget, int notReported,
            int onTrack, int atRisk, int offTrack) {
    }
}
