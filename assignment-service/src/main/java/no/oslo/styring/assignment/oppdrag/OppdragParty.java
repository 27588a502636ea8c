package no.oslo.styring.assignment.oppdrag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.platform.problem.Problem.FieldError;

/**
 * A body outside the letter that an oppdrag names: another agency or a municipal enterprise that shares it (a «felles
 * oppdrag HEL, Origo og UDE»), owns it while the recipient supports it («Oslo Origo vil få oppdrag … Helseetaten vil få
 * oppdrag om å bidra og understøtte»), or takes part in it («i nært samarbeid med Husbanken»). It is named as the letter
 * names it; it is not a unit of Styring and reports nothing here. Plain Java.
 */
@Schema(name = "OppdragParty")
public record OppdragParty(@NotBlank @Size(max = 200) @Schema(examples = "Oslo Origo") String name,
        @NotNull Role role) {

    /** What a party is to the oppdrag. */
    public enum Role {
        /** Shares the responsibility with the recipients: a joint oppdrag. */
        CO_RESPONSIBLE("medansvarlig"),
        /** Owns the oppdrag; the recipients support it. */
        OWNER("eier oppdraget"),
        /** Takes part without being responsible for it. */
        PARTNER("samarbeidspart");

        private final String labelNb;

        Role(String labelNb) {
            this.labelNb = labelNb;
        }

        public String labelNb() {
            return labelNb;
        }
    }

    /** What the recipients are to an oppdrag with these parties. */
    public enum RecipientRole {
        /** Responsible for it, alone or with partners. */
        RESPONSIBLE,
        /** Responsible together with co-responsible bodies. */
        JOINT,
        /** Supporting the party that owns it. */
        SUPPORTING
    }

    public static RecipientRole recipientRole(List<OppdragParty> parties) {
        if (parties.stream().anyMatch(p -> p.role() == Role.OWNER)) {
            return RecipientRole.SUPPORTING;
        }
        return parties.stream().anyMatch(p -> p.role() == Role.CO_RESPONSIBLE)
                ? RecipientRole.JOINT
                : RecipientRole.RESPONSIBLE;
    }

    /** How the portal and the letter say it: «Felles oppdrag med Oslo Origo og Utdanningsetaten», or null. */
    public static String summaryNb(List<OppdragParty> parties) {
        List<String> owners = names(parties, Role.OWNER);
        List<String> joint = names(parties, Role.CO_RESPONSIBLE);
        List<String> partners = names(parties, Role.PARTNER);
        List<String> parts = new ArrayList<>();
        if (!owners.isEmpty()) {
            parts.add("Oppdraget eies av " + and(owners) + "; mottakeren bidrar");
        }
        if (!joint.isEmpty()) {
            parts.add("Felles oppdrag med " + and(joint));
        }
        if (!partners.isEmpty()) {
            parts.add("I samarbeid med " + and(partners));
        }
        return parts.isEmpty() ? null : String.join(". ", parts);
    }

    /** The problems of a request's parties, each naming its field; the recipients' codes are not parties. */
    public static List<FieldError> problemsOf(List<OppdragParty> parties, List<String> recipients) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long owners = 0;
        for (int i = 0; i < parties.size(); i++) {
            OppdragParty p = parties.get(i);
            String at = "parties[" + i + "]";
            if (p == null || p.name() == null || p.name().isBlank()) {
                errors.add(new FieldError(at + ".name", "is required: the body as the letter names it"));
                continue;
            }
            if (!seen.add(p.name().strip().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(at + ".name", "'" + p.name().strip() + "' is named twice"));
            }
            if (recipients.contains(p.name().strip())) {
                errors.add(new FieldError(at + ".name", p.name().strip() + " is a recipient of the oppdrag, not a party "
                        + "outside the letter"));
            }
            if (p.role() == Role.OWNER && ++owners > 1) {
                errors.add(new FieldError(at + ".role", "an oppdrag has at most one owner"));
            }
        }
        return errors;
    }

    private static List<String> names(List<OppdragParty> parties, Role role) {
        return parties.stream().filter(p -> p.role() == role).map(p -> p.name().strip()).toList();
    }

    private static String and(List<String> names) {
        return names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " og " + names.get(names.size() - 1);
    }
}
