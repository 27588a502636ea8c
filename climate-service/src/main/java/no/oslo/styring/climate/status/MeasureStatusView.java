package no.oslo.styring.climate.status;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasureStatus", description = "A submitted status on a climate measure")
public record MeasureStatusView(long id, String unit, String periodId, String measure, String indicator, BigDecimal value,
        MeasureProgress status, String comment, String submittedBy, Instant submittedAt) {

    static MeasureStatusView of(MeasureStatus s) {
        return new MeasureStatusView(s.id, s.unitCode, s.periodId, s.measureCode, s.indicatorCode,
                s.value == null ? null : s.value.stripTrailingZeros(), s.status, s.comment, s.submittedBy, s.submittedAt);
    }
}
