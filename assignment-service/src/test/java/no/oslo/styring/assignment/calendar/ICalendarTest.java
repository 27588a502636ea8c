package no.oslo.styring.assignment.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarTest {

    @Test
    void meetingsInUtcDeadlinesAllDayTextEscapedAndLinesFolded() {
        String ics = ICalendar.write("Styringskalender HEL", List.of(
                new CalendarEntry("meeting-1", CalendarEntry.Kind.MEETING, "Etatsstyringsmøte (HLS)",
                        "Deltakere: etatsdirektør, kommunaldirektør; seksjonssjef", null,
                        Instant.parse("2025-03-12T08:00:00Z"), Instant.parse("2025-03-12T10:00:00Z"), "Rådhuset, rom 1"),
                new CalendarEntry("deadline-2025-Q1", CalendarEntry.Kind.REPORTING_DEADLINE,
                        "Rapporteringsfrist: 1. kvartal 2025 – med en lang tekst som må brettes fordi linjen blir lengre enn "
                                + "syttifem oktetter",
                        null, LocalDate.of(2025, 4, 20), null, null, null)),
                Instant.parse("2025-01-01T00:00:00Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertTrue(ics.contains("DTSTART:20250312T080000Z\r\nDTEND:20250312T100000Z\r\n"));
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20250420\r\nDTEND;VALUE=DATE:20250421\r\n"));
        assertTrue(ics.contains("DESCRIPTION:Deltakere: etatsdirektør\\, kommunaldirektør\\; seksjonssjef\r\n"));
        assertTrue(ics.contains("LOCATION:Rådhuset\\, rom 1\r\n"));
        assertTrue(ics.contains("UID:deadline-2025-Q1@styring.oslo.kommune.no\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Rapporteringsfrist: 1. kvartal 2025 – med en lang tekst som må brettes fordi "
                + "linjen blir lengre enn syttifem oktetter\r\n"), unfolded);
        assertEquals(2, ics.split("BEGIN:VEVENT").length - 1);
    }
}
