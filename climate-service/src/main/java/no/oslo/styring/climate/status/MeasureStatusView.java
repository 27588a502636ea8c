package no.oslo.styring.climate.status;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.targets.Targets;

@Schema(name = "MeasureStatus", description = "A submitted status on a climate measure")
public record MeasureStatusView(long id, String unit, String periodId, String measure, String indicator, BigDecimal value,
        MeasureProgress status, String comment, String submittedBy, Instant submittedAt) {

    static MeasureStatusView of(MeasureStatus s) {
        return new MeasureStatusView(s.id, s.unitCode, s.periodId, s.measureCode, s.indicatorCode,
                Targets.plain(s.value), s.status, s.comment, s.submittedBy, s.submittedAt);
    }
}
