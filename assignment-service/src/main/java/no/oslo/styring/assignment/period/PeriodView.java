package no.oslo.styring.assignment.period;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.period.PeriodType;

@Schema(name = "Period", description = "A reporting period and its state")
public record PeriodView(
        @Schema(examples = "2025-Q1") String id,
        PeriodType type,
        int year,
        @Schema(examples = "2025-01-01") LocalDate start,
        @Schema(examples = "2025-03-31") LocalDate end,
        @Schema(description = "First day covered by cumulative figures (tertial and year: 1 January)") LocalDate cumulativeStart,
        @Schema(examples = "2025-04-20") LocalDate deadline,
        PeriodStatus status,
        Instant closedAt,
        String closedBy,
        @Schema(description = "How many times the period was closed (the report revision of its latest close)") int closeRevision,
        @Schema(examples = "1. kvartal 2025") String labelNb,
        @Schema(examples = "Q1 2025") String labelEn) {

    static PeriodView of(ReportingPeriod p) {
        PeriodId id = PeriodId.parse(p.id);
        return new PeriodView(p.id, p.type, p.year, p.startsOn, p.endsOn, id.cumulativeStart(), p.deadline, p.status,
                p.closedAt,
                p.closedBy, p.closeCount, id.labelNb(), id.labelEn());
    }
}
