package no.oslo.styring.indicator.tiltak;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TiltakStatus")
public record TiltakStatusView(long id, long tiltak, String tiltakKey, String unit, String periodId,
        TiltakStatus.Progress status, String comment, String submittedBy, Instant submittedAt) {

    static TiltakStatusView of(TiltakStatus s, String key) {
        return new TiltakStatusView(s.id, s.tiltakId, key, s.unitCode, s.periodId, s.status, s.comment, s.submittedBy,
                s.submittedAt);
    }
}
