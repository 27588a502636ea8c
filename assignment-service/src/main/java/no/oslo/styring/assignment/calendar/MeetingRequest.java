package no.oslo.styring.assignment.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting of the styringskalender. */
@Schema(name = "MeetingRequest")
public record MeetingRequest(
        @NotNull MeetingKind kind,
        @Size(max = 300) @Schema(description = "Defaults to the kind's name") String title,
        @NotBlank @Schema(examples = "HEL") String unit,
        @NotBlank @Schema(examples = "HLS") String department,
        @NotNull @Schema(examples = "2025-03-12T08:00:00Z") Instant startsAt,
        @NotNull @Schema(examples = "2025-03-12T10:00:00Z") Instant endsAt,
        @Size(max = 300) String location,
        List<@NotBlank @Size(max = 300) String> participants,
        List<@Valid DocumentDue> documents) {

    /** A document the unit delivers before the meeting. */
    @Schema(name = "DocumentDue")
    public record DocumentDue(@NotBlank @Size(max = 300) @Schema(examples = "Årsberetning 2024") String title,
            @NotNull @Schema(examples = "2025-02-28") LocalDate dueDate) {
    }
}
