package no.oslo.styring.assignment.duty;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reporting duty as served. */
@Schema(name = "ReportingDuty")
public record DutyView(long id, int year, String issuer, List<String> reporters, String to, String text,
        DutyRequest.When when, @Schema(examples = "2. tertial, årsberetning") String whenNb, String concerns,
        String section, @Schema(description = "The fields the letter does not print, assumed") List<String> inferred) {

    static DutyView of(ReportingDuty d) {
        return new DutyView(d.id, d.year, d.issuer, d.reporters, d.to, d.text,
                new DutyRequest.When(d.points.isEmpty() ? null : d.points, d.date, d.event, d.beforeMeeting),
                d.timing().labelNb(), d.concerns, d.section, d.inferred);
    }

    /** A fulfilment as served. */
    @Schema(name = "DutyFulfilment")
    public record Fulfilment(long id, long dutyId, String unit, String occasion, boolean delivered, String note,
            String documentLink, String by, Instant at) {

        static Fulfilment of(DutyFulfilment f) {
            return new Fulfilment(f.id, f.dutyId, f.unit, f.occasion, f.delivered, f.note, f.documentLink, f.by, f.at);
        }
    }

    /** A duty at a unit's period: DELIVERED, NOT_DELIVERED (marked so), MISSING (due, nothing said), or ONGOING. */
    @Schema(name = "DutyStatus")
    public record Status(DutyView duty, @Schema(examples = "DELIVERED") String status, Fulfilment latest) {
    }
}
