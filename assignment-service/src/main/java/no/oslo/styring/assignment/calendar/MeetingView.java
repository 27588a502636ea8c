package no.oslo.styring.assignment.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Meeting")
public record MeetingView(long id, int year, MeetingKind kind, String title, String unit, String department,
        Instant startsAt, Instant endsAt, LocalDate firstDay, LocalDate lastDay,
        @Schema(description = "The period it is held within, when it has no date", examples = "2024-H1") String within,
        @Schema(examples = "i første halvår 2024") String withinNb, String location, List<String> participants,
        List<MeetingRequest.DocumentDue> documents) {
}
