package no.oslo.styring.portal.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateData;

import no.oslo.styring.portal.api.AssignmentApi;
import no.oslo.styring.portal.api.BudgetApi;
import no.oslo.styring.portal.api.Calls;
import no.oslo.styring.portal.api.ClimateApi;
import no.oslo.styring.portal.api.IndicatorApi;
import no.oslo.styring.portal.api.Reopenings;
import no.oslo.styring.portal.api.ServiceProblem;
import no.oslo.styring.portal.api.Units;
import no.oslo.styring.portal.web.Lang;
import no.oslo.styring.portal.web.Msg;
import no.oslo.styring.portal.web.NorwegianFormat;

/**
 * The period overview for department staff: every reporting unit as a row, from the drafts while the period is open and
 * from the published reports once it is closed (the latest revision of each unit); closing the period and reopening it
 * for one unit, through the assignment-service.
 */
@ApplicationScoped
public class OverviewService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    @RestClient
    AssignmentApi assignment;

    @Inject
    @RestClient
    BudgetApi budget;

    @Inject
    @RestClient
    IndicatorApi indicator;

    @Inject
    @RestClient
    ClimateApi climate;

    @Inject
    Units units;

    @Inject
    Calls calls;

    @Inject
    Lang lang;

    /** What the filters ask for: a kind (AGENCY, DISTRICT or all), a department (parent) or all, and missing only. */
    @TemplateData
    public record Filter(String kind, String department, boolean missingOnly) {

        /** Every unit. */
        public static final Filter ALL = new Filter(null, null, false);
    }

    @TemplateData
    public record Department(String code, String name) {
    }

    @TemplateData
    public record Overview(String period, String label, String status, boolean closed, String closedAt,
            List<OverviewRow> rows, int total, int reportedAll, List<Department> departments, Filter filter,
            List<Reopening> reopenings) {
    }

    @TemplateData
    public record Reopening(String unit, String name, String until, String reason) {
    }

    public Overview overview(String period, Filter filter) {
        Msg msg = lang.msg();
        var state = calls.async(() -> assignment.period(period));
        var all = calls.async(units::all);
        JsonNode p = Calls.join(state);
        boolean closed = !"OPEN".equals(p.path("status").asText());
        var ind = calls.async(() -> closed ? indicator.reports(period, null) : indicator.preview(period, null));
        var bud = calls.async(() -> closed ? budget.reports(period, null) : budget.preview(period, null));
        var cli = calls.async(() -> closed ? climate.reports(period, null) : climate.preview(period, null));
        var dut = calls.async(() -> closed ? assignment.dutyReports(period, null) : assignment.dutyPreview(period, null));
        var reopened = calls.async(() -> closed ? assignment.reopenings(period) : JSON.createArrayNode());
        Map<String, OverviewRow> rows = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        List<Department> departments = new ArrayList<>();
        for (JsonNode u : Calls.join(all)) {
            String kind = u.path("kind").asText();
            names.put(u.path("code").asText(), u.path("name").asText());
            if (kind.equals("DEPARTMENT")) {
                departments.add(new Department(u.path("code").asText(), u.path("name").asText()));
                continue;
            }
            List<String> parents = new ArrayList<>();
            u.path("parents").forEach(x -> parents.add(x.asText()));
            rows.put(u.path("code").asText(), new OverviewRow(u.path("code").asText(), u.path("name").asText(), kind,
                    String.join(" ", parents)));
        }
        fill(rows, Calls.join(ind), r -> OverviewRow.indicatorCells(r.path("report"), r.path("revision").asInt(), msg));
        fill(rows, Calls.join(bud), r -> OverviewRow.budgetCells(r.path("report"), msg));
        fill(rows, Calls.join(cli), r -> OverviewRow.climateCells(r.path("report"), msg));
        fill(rows, Calls.join(dut), r -> OverviewRow.dutyCells(r.path("report"), msg));
        List<Reopening> reopenings = new ArrayList<>();
        Instant now = Instant.now();
        for (JsonNode r : Calls.join(reopened)) {
            if (Reopenings.active(r, now)) {
                String unit = r.path("unit").asText();
                reopenings.add(new Reopening(unit, names.getOrDefault(unit, unit),
                        NorwegianFormat.dateTime(Reopenings.expiresAt(r)), r.path("reason").asText()));
            }
        }
        List<OverviewRow> shown = rows.values().stream()
                .filter(r -> filter.kind() == null || filter.kind().equals(r.kind))
                .filter(r -> filter.department() == null || List.of(r.parents.split(" ")).contains(filter.department()))
                .filter(r -> !filter.missingOnly() || r.missing())
                .toList();
        int reportedAll = (int) rows.values().stream().filter(r -> !r.missing()).count();
        String closedAt = p.path("closedAt").isTextual()
                ? NorwegianFormat.dateTime(Instant.parse(p.path("closedAt").asText()))
                : null;
        return new Overview(period, p.path(lang.english() ? "labelEn" : "labelNb").asText(period),
                p.path("status").asText(), closed, closedAt, shown, rows.size(), reportedAll, departments, filter,
                reopenings);
    }

    /** Each report's cells into its unit's row (reports oldest first, so the latest revision's stay). */
    private static void fill(Map<String, OverviewRow> rows, JsonNode reports,
            Function<JsonNode, Map<String, OverviewRow.Cell>> cells) {
        for (JsonNode r : reports) {
            OverviewRow row = rows.get(r.path("unit").asText());
            if (row != null) {
                row.cells.putAll(cells.apply(r));
            }
        }
    }

    /** The period's name in the person's language ({@code årsberetning 2024}). */
    public String label(String period) {
        return assignment.period(period).path(lang.english() ? "labelEn" : "labelNb").asText(period);
    }

    /** Closes the period; a problem (already closed) is returned as its message. */
    public String close(String period) {
        try {
            assignment.close(period);
            return null;
        } catch (WebApplicationException e) {
            return ServiceProblem.of(e).detail();
        }
    }

    /**
     * Reopens the period for a unit until a date and time (Oslo time); the messages per field (reason, expiresAt)
     * when it is refused.
     */
    public Map<String, String> reopen(String period, String unit, String reason, String date, String time) {
        Msg msg = lang.msg();
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason == null || reason.isBlank()) {
            errors.put("reason", msg.required());
        }
        Instant expires = null;
        try {
            expires = LocalDate.parse(date == null ? "" : date.strip())
                    .atTime(time == null || time.isBlank() ? LocalTime.of(23, 59) : LocalTime.parse(time.strip()))
                    .atZone(OSLO).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("expiresAt", msg.badDateTime());
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            assignment.reopen(period, JSON.createObjectNode().put("unit", unit).put("reason", reason.strip())
                    .put("expiresAt", expires.toString()));
        } catch (WebApplicationException e) {
            ServiceProblem p = ServiceProblem.of(e);
            if (p.fields().isEmpty()) {
                errors.put("reason", p.detail());
            }
            p.fields().forEach((f, m) -> errors.put(f.equals("expiresAt") ? "expiresAt" : "reason", m));
        }
        return errors;
    }

}
