package no.oslo.styring.assignment.oppdrag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Oppdrag")
public record OppdragView(long id, int year, String issuer, List<String> recipients, String title, String description,
        LocalDate deadline, String deadlinePeriod, OppdragStatus status,
        @Schema(description = "Bodies outside the letter: co-responsible, owner, partner") List<OppdragParty> parties,
        @Schema(description = "What the recipients are: RESPONSIBLE, JOINT or SUPPORTING the owner") OppdragParty.RecipientRole recipientRole,
        @Schema(examples = "Felles oppdrag med Oslo Origo og Utdanningsetaten") String partiesNb,
        @Schema(description = "Derived: issued or returned, and the deadline has passed") boolean overdue,
        @Schema(description = "How many steps the oppdrag has taken; its ETag (\"2\"). A step sent with If-Match "
                + "naming an older version is refused with 412") int version,
        List<TransitionView> transitions) {

    @Schema(name = "OppdragTransition")
    public record TransitionView(OppdragStatus status, String unit, String note, String documentLink, String by,
            Instant at) {

        static TransitionView of(OppdragTransition t) {
            return new TransitionView(t.toStatus, t.unitCode, t.note, t.documentLink, t.by, t.at);
        }
    }
}
