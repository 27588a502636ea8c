package no.oslo.styring.assignment.oppdrag;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new oppdrag: given now (ISSUED) or announced for later (ANNOUNCED, "kommende oppdrag"). */
@Schema(name = "OppdragRequest")
public record OppdragRequest(
        @NotNull @Min(2000) @Max(9999) Integer year,
        @NotBlank @Schema(description = "The issuing department", examples = "HLS") String issuer,
        @NotEmpty @Schema(description = "One or several recipient units", examples = "[\"HEL\"]") List<String> recipients,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20000) String description,
        @Schema(description = "A deadline date (31.1.25)", examples = "2025-01-31") LocalDate deadline,
        @Schema(description = "Or the end of a period: innen utgangen av 2. kvartal", examples = "2025-Q2") String deadlinePeriod,
        @Schema(description = "true: announced (kommende oppdrag); false or left out: issued now") Boolean announced,
        @Schema(description = "Bodies outside the letter: co-responsible (a joint oppdrag), the owner the recipients "
                + "support, or partners") List<@Valid OppdragParty> parties) {

    /** An oppdrag that names no party outside the letter. */
    public OppdragRequest(Integer year, String issuer, List<String> recipients, String title, String description,
            LocalDate deadline, String deadlinePeriod, Boolean announced) {
        this(year, issuer, recipients, title, description, deadline, deadlinePeriod, announced, null);
    }
}
