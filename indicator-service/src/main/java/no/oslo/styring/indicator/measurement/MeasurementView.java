package no.oslo.styring.indicator.measurement;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.targets.Targets;

@Schema(name = "Measurement", description = "A submitted value of a result indicator")
public record MeasurementView(long id, String unit, String periodId, String indicator, BigDecimal value, String comment,
        String submittedBy, Instant submittedAt) {

    static MeasurementView of(Measurement m) {
        return new MeasurementView(m.id, m.unitCode, m.periodId, m.indicatorCode, Targets.plain(m.value), m.comment,
                m.submittedBy, m.submittedAt);
    }
}
