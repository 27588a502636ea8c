package no.oslo.styring.assignment.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting of the styringskalender: at a time, on whole days, or within a period (exactly one of the three). */
@Schema(name = "MeetingRequest")
public record MeetingRequest(
        @NotNull MeetingKind kind,
        @Size(max = 300) @Schema(description = "Defaults to the kind's name") String title,
        @NotBlank @Schema(examples = "HEL") String unit,
        @NotBlank @Schema(examples = "HLS") String department,
        @Schema(description = "A meeting at a time: its start (with endsAt)", examples = "2025-03-12T08:00:00Z") Instant startsAt,
        @Schema(examples = "2025-03-12T10:00:00Z") Instant endsAt,
        @Schema(description = "A meeting on whole days: its first day (with lastDay, which defaults to it)", examples = "2024-04-17") LocalDate firstDay,
        @Schema(examples = "2024-04-18") LocalDate lastDay,
        @Schema(description = "A meeting held within a period, without a date yet: «i første halvår 2024»", examples = "2024-H1") String within,
        @Size(max = 300) String location,
        List<@NotBlank @Size(max = 300) String> participants,
        List<@Valid DocumentDue> documents) {

    /** A document the unit delivers before the meeting. */
    @Schema(name = "DocumentDue")
    public record DocumentDue(@NotBlank @Size(max = 300) @Schema(examples = "Årsberetning 2024") String title,
            @NotNull @Schema(examples = "2025-02-28") LocalDate dueDate) {
    }
}
