package no.oslo.styring.assignment.duty;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.assignment.calendar.MeetingKind;

/** A reporting duty of a letter year. */
@Schema(name = "ReportingDutyRequest")
public record DutyRequest(
        @NotNull @Min(2000) @Max(9999) Integer year,
        @NotBlank @Schema(description = "The department that sets it", examples = "HLS") String issuer,
        @NotEmpty @Schema(description = "The units that report", examples = "[\"HEL\"]") List<@NotBlank String> reporters,
        @NotBlank @Size(max = 200) @Schema(description = "Who receives it: a department's code or a body as the letter names it", examples = "Helsedirektoratet") String to,
        @NotBlank @Size(max = 5000) @Schema(examples = "Risikomatrise til etatsstyringsmøte") String text,
        @NotNull @Schema(description = "Exactly one of points, date, event, beforeMeeting") When when,
        @Size(max = 2000) @Schema(description = "What it concerns: an earmarked fund, an oppdrag", examples = "Øremerkede midler til rusomsorg") String concerns,
        @Size(max = 200) @Schema(examples = "6.2 Særskilt rapportering") String section,
        @Schema(description = "The fields the letter does not print, so assumed: any of issuer, reporters, to, when, "
                + "concerns", examples = "[\"to\", \"when\"]") List<String> inferred) {

    /** The fields a duty can have assumed rather than printed. */
    public static final java.util.Set<String> INFERABLE = java.util.Set.of("issuer", "reporters", "to", "when", "concerns");

    /** When the duty is due. */
    @Schema(name = "ReportingDutyWhen")
    public record When(@Schema(examples = "[\"T2\", \"Y\"]") List<String> points,
            @Schema(examples = "2025-06-20") LocalDate date,
            @Schema(examples = "straks") String event,
            MeetingKind beforeMeeting) {

        DutyTiming timing() {
            return new DutyTiming(points, date, event, beforeMeeting);
        }
    }
}
