package no.oslo.styring.assignment.calendar;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Meeting")
public record MeetingView(long id, int year, MeetingKind kind, String title, String unit, String department,
        Instant startsAt, Instant endsAt, String location, List<String> participants,
        List<MeetingRequest.DocumentDue> documents) {
}
