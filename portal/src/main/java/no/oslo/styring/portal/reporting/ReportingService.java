package no.oslo.styring.portal.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.oslo.styring.portal.api.AssignmentApi;
import no.oslo.styring.portal.api.BudgetApi;
import no.oslo.styring.portal.api.Calls;
import no.oslo.styring.portal.api.ClimateApi;
import no.oslo.styring.portal.api.IndicatorApi;
import no.oslo.styring.portal.api.Reopenings;
import no.oslo.styring.portal.api.ServiceProblem;
import no.oslo.styring.portal.api.Units;
import no.oslo.styring.portal.reporting.ReportingPage.BudgetRow;
import no.oslo.styring.portal.reporting.ReportingPage.ClimateRow;
import no.oslo.styring.portal.reporting.ReportingPage.DutyRow;
import no.oslo.styring.portal.reporting.ReportingPage.Field;
import no.oslo.styring.portal.reporting.ReportingPage.FieldMessage;
import no.oslo.styring.portal.reporting.ReportingPage.IndicatorRow;
import no.oslo.styring.portal.reporting.ReportingPage.OppdragRow;
import no.oslo.styring.portal.reporting.ReportingPage.TiltakRow;
import no.oslo.styring.portal.web.Lang;
import no.oslo.styring.portal.web.Msg;
import no.oslo.styring.portal.web.NorwegianFormat;
import no.oslo.styring.portal.web.Viewer;

/**
 * The reporting page of a unit and a period, read from the four services with the person's token, and its saves: each
 * changed value is sent to its service as one submission; what a service refuses comes back as the message at the field,
 * and what it accepted stays saved. A reporter of another unit gets the services' 403.
 */
@ApplicationScoped
public class ReportingService {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    Viewer viewer;

    @Inject
    Lang lang;

    /** What the services hold for the unit and period, fetched at once. */
    record State(JsonNode period, JsonNode reopenings, JsonNode indicators, JsonNode measurements, JsonNode goals,
            JsonNode budget, JsonNode climate, JsonNode oppdrag, JsonNode duties, JsonNode reports, Map<String, String> names) {

        JsonNode indicatorReport() {
            return indicators.path(0).path("report");
        }

        JsonNode budgetReport() {
            return budget.path(0).path("report");
        }

        JsonNode climateReport() {
            return climate.path(0).path("report");
        }
    }

    State state(String period, String unit) {
        int year = Integer.parseInt(period.substring(0, 4));
        var p = calls.async(() -> assignment.period(period));
        var reopenings = calls.async(() -> assignment.reopenings(period));
        var ind = calls.async(() -> indicator.preview(period, unit));
        var meas = calls.async(() -> indicator.measurements(unit, period));
        var goals = calls.async(() -> indicator.goals(year, unit));
        var bud = calls.async(() -> budget.preview(period, unit));
        var cli = calls.async(() -> climate.preview(period, unit));
        var opp = calls.async(() -> assignment.oppdrag(year, unit));
        var duties = calls.async(() -> assignment.dutyStatus(unit, period));
        var rep = calls.async(() -> indicator.reports(period, unit));
        var names = calls.async(units::names);
        return new State(Calls.join(p), Calls.join(reopenings), Calls.join(ind), Calls.join(meas), Calls.join(goals),
                Calls.join(bud), Calls.join(cli), Calls.join(opp), Calls.join(duties),
                Calls.join(rep), Calls.join(names));
    }

    public ReportingPage page(String period, String unit, Entered entered) {
        return page(state(period, unit), period, unit, entered);
    }

    ReportingPage page(State s, String period, String unit, Entered entered) {
        Msg msg = lang.msg();
        boolean closed = !"OPEN".equals(s.period().path("status").asText());
        ReportingPage.Reopened reopened = null;
        Instant now = Instant.now();
        for (JsonNode r : s.reopenings()) {
            if (unit.equals(r.path("unit").asText()) && Reopenings.active(r, now)) {
                reopened = new ReportingPage.Reopened(NorwegianFormat.dateTime(Reopenings.expiresAt(r)),
                        r.path("reason").asText());
            }
        }
        boolean mayWrite = viewer.isDepartment() || (viewer.isReporter() && unit.equals(viewer.unit()));
        boolean editable = mayWrite && (!closed || reopened != null);
        ReportingPage.Reported reported = null;
        for (JsonNode r : s.reports()) {
            reported = new ReportingPage.Reported(r.path("revision").asInt(),
                    NorwegianFormat.dateTime(Instant.parse(r.path("generatedAt").asText())));
        }

        JsonNode ir = s.indicatorReport();
        Map<String, JsonNode> latest = latestMeasurements(s.measurements());
        List<IndicatorRow> indicators = new ArrayList<>();
        for (JsonNode i : ir.path("indicators")) {
            String code = i.path("code").asText();
            JsonNode saved = latest.get(code);
            String savedValue = i.path("value").isNumber() ? NorwegianFormat.input(i.path("value").decimalValue()) : "";
            String savedComment = saved == null ? "" : saved.path("comment").asText("");
            indicators.add(new IndicatorRow(code, i.path("name").asText(), i.path("unitOfMeasure").asText(""),
                    i.path("target").asText(""),
                    i.path("outcome").asText(), lang.english()
                            ? i.path("explanationEn").asText()
                            : i.path("explanationNb").asText(),
                    i.path("reported").asBoolean(), field(entered, "value." + code, savedValue),
                    field(entered, "comment." + code, savedComment)));
        }
        JsonNode c = ir.path("counts");
        ReportingPage.Counts counts = new ReportingPage.Counts(c.path("due").asInt(), c.path("met").asInt(),
                c.path("notMet").asInt(), c.path("noTarget").asInt(), c.path("missing").asInt());

        Map<String, JsonNode> tiltakStatus = new HashMap<>();
        for (JsonNode t : ir.path("tiltak")) {
            tiltakStatus.put(t.path("key").asText(), t);
        }
        List<TiltakRow> tiltak = new ArrayList<>();
        for (JsonNode t : tiltakOf(s.goals())) {
            if (t.path("withdrawn").asBoolean(false) || !t.path("inLetter").asBoolean(true)) {
                continue;
            }
            String id = t.path("id").asText();
            JsonNode saved = tiltakStatus.get(t.path("key").asText());
            tiltak.add(new TiltakRow(t.path("key").asText(), t.path("text").asText(),
                    field(entered, "status." + id, saved == null ? "" : saved.path("status").asText()),
                    field(entered, "comment." + id, saved == null ? "" : saved.path("comment").asText(""))));
        }

        JsonNode br = s.budgetReport();
        boolean budgetReported = br.path("reported").asBoolean();
        BudgetRow budgetRow = new BudgetRow(br.path("frame").isNumber()
                ? NorwegianFormat.amount(br.path("frame").asLong())
                : "", br.path("due").asBoolean(true), budgetReported,
                br.path("deviation").isNumber()
                        ? NorwegianFormat.amount(br.path("deviation").asLong())
                        : "",
                msg.deviationKind(br.path("deviationKind").asText("")),
                field(entered, "actualsToDate", budgetReported
                        ? NorwegianFormat.amount(br.path("actualsToDate").asLong())
                        : ""),
                field(entered, "yearEndForecast", budgetReported
                        ? NorwegianFormat.amount(br.path("yearEndForecast").asLong())
                        : ""),
                field(entered, "comment", br.path("comment").asText("")));

        List<ClimateRow> climateRows = new ArrayList<>();
        for (JsonNode i : s.climateReport().path("indicators")) {
            String code = i.path("code").asText();
            climateRows.add(new ClimateRow(code, i.path("name").asText(), i.path("measureText").asText(""),
                    i.path("target").asText(""), i.path("outcome").asText(), lang.english()
                            ? i.path("explanationEn").asText("")
                            : i.path("explanationNb").asText(""),
                    i.path("reported").asBoolean(),
                    field(entered, "value." + code, i.path("value").isNumber()
                            ? NorwegianFormat.input(i.path("value").decimalValue())
                            : ""),
                    field(entered, "status." + code, i.path("status").asText("")),
                    field(entered, "comment." + code, i.path("comment").asText(""))));
        }

        List<OppdragRow> oppdrag = new ArrayList<>();
        for (JsonNode o : s.oppdrag()) {
            if (!dueIn(o, period)) {
                continue;
            }
            long id = o.path("id").asLong();
            String note = null;
            String link = null;
            for (JsonNode t : o.path("transitions")) {
                if ("DELIVERED".equals(t.path("status").asText()) && unit.equals(t.path("unit").asText())) {
                    note = t.path("note").asText(null);
                    link = t.path("documentLink").asText(null);
                }
            }
            String status = o.path("status").asText();
            oppdrag.add(new OppdragRow(id, o.path("title").asText(), o.path("deadline").asText(""), status,
                    status.equals("ISSUED") || status.equals("RETURNED"), note, link,
                    field(entered, "note." + id, ""), field(entered, "link." + id, "")));
        }

        List<DutyRow> duties = new ArrayList<>();
        for (JsonNode d : s.duties()) {
            JsonNode duty = d.path("duty");
            long id = duty.path("id").asLong();
            JsonNode fulfilled = d.path("latest");
            boolean hasLatest = fulfilled.isObject();
            String status = d.path("status").asText();
            duties.add(new DutyRow(id, duty.path("text").asText(), duty.path("to").asText(), duty.path("whenNb").asText(),
                    duty.path("concerns").asText(null), status, status.equals("ONGOING"),
                    hasLatest ? fulfilled.path("note").asText("") : null,
                    hasLatest ? fulfilled.path("documentLink").asText(null) : null,
                    hasLatest ? NorwegianFormat.dateTime(Instant.parse(fulfilled.path("at").asText())) : null,
                    field(entered, "kravlevert." + id, "true"), field(entered, "kravdag." + id, ""),
                    field(entered, "kravnotat." + id, ""), field(entered, "kravlenke." + id, "")));
        }

        // what is due at this point first, the ongoing duties (events, meetings) after it
        duties.sort(java.util.Comparator.comparing(DutyRow::ongoing));

        List<FieldMessage> errors = new ArrayList<>();
        entered.pageErrors.forEach(e -> errors.add(new FieldMessage(null, e)));
        entered.errors.forEach((name, message) -> errors.add(new FieldMessage(Field.idOf(name), message)));
        errors.sort(java.util.Comparator.comparing(f -> f.fieldId() == null ? "" : f.fieldId()));
        return new ReportingPage(period, s.period().path(lang.english() ? "labelEn" : "labelNb").asText(period), unit,
                s.names().getOrDefault(unit, unit), editable, closed, reopened, closed ? reported : null,
                viewer.isDepartment() && editable, indicators, counts, tiltak, budgetRow, climateRows, oppdrag, duties, errors,
                entered.notice, entered.upload);
    }

    // --- saves -----------------------------------------------------------------------------------------------------

    /** Sends every indicator value that differs from what is saved; refusals are kept at their fields. */
    public void saveIndicators(String period, String unit, Entered entered) {
        Msg msg = lang.msg();
        Map<String, JsonNode> latest = latestMeasurements(indicator.measurements(unit, period));
        for (JsonNode i : indicator.preview(period, unit).path(0).path("report").path("indicators")) {
            String code = i.path("code").asText();
            String valueField = "value." + code;
            String text = entered.text(valueField);
            String comment = blankToNull(entered.text("comment." + code));
            JsonNode saved = latest.get(code);
            BigDecimal value;
            try {
                value = NorwegianFormat.parse(text);
            } catch (NumberFormatException e) {
                entered.refuse(valueField, msg.notANumber());
                continue;
            }
            if (value == null) {
                if (comment != null && saved == null) {
                    entered.refuse(valueField, msg.valueBeforeComment());
                }
                continue;
            }
            if (saved != null && saved.path("value").decimalValue().compareTo(value) == 0
                    && Objects.equals(comment, blankToNull(saved.path("comment").asText(null)))) {
                continue;
            }
            ObjectNode body = JSON.createObjectNode().put("unit", unit).put("periodId", period).put("indicator", code)
                    .put("value", value);
            if (comment != null) {
                body.put("comment", comment);
            }
            submit(entered, valueField, "value", () -> indicator.submitMeasurement(body));
        }
    }

    public void saveTiltak(String period, String unit, Entered entered) {
        Msg msg = lang.msg();
        int year = Integer.parseInt(period.substring(0, 4));
        Map<String, JsonNode> saved = new HashMap<>();
        for (JsonNode t : indicator.preview(period, unit).path(0).path("report").path("tiltak")) {
            saved.put(t.path("key").asText(), t);
        }
        for (JsonNode t : tiltakOf(indicator.goals(year, unit))) {
            String id = t.path("id").asText();
            String status = blankToNull(entered.text("status." + id));
            String comment = blankToNull(entered.text("comment." + id));
            JsonNode before = saved.get(t.path("key").asText());
            if (status == null) {
                if (comment != null && before == null) {
                    entered.refuse("status." + id, msg.statusBeforeComment());
                }
                continue;
            }
            if (before != null && status.equals(before.path("status").asText())
                    && Objects.equals(comment, blankToNull(before.path("comment").asText(null)))) {
                continue;
            }
            ObjectNode body = JSON.createObjectNode().put("unit", unit).put("periodId", period)
                    .put("tiltak", t.path("id").asLong()).put("status", status);
            if (comment != null) {
                body.put("comment", comment);
            }
            submit(entered, "status." + id, "status", () -> indicator.submitTiltakStatus(body));
        }
    }

    public void saveBudget(String period, String unit, Entered entered) {
        Msg msg = lang.msg();
        Long actuals = amount(entered, "actualsToDate", msg);
        Long forecast = amount(entered, "yearEndForecast", msg);
        String comment = blankToNull(entered.text("comment"));
        if (entered.refused()) {
            return;
        }
        if (actuals == null || forecast == null) {
            if (actuals == null) {
                entered.refuse("actualsToDate", msg.required());
            }
            if (forecast == null) {
                entered.refuse("yearEndForecast", msg.required());
            }
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("unit", unit).put("periodId", period).put("actualsToDate", actuals)
                .put("yearEndForecast", forecast);
        if (comment != null) {
            body.put("comment", comment);
        }
        try {
            budget.submitBudgetStatus(body);
        } catch (WebApplicationException e) {
            ServiceProblem p = ServiceProblem.of(e);
            if (p.fields().isEmpty()) {
                entered.pageErrors.add(p.detail());
            }
            p.fields().forEach((f, m) -> entered.refuse(switch (f) {
                case "actualsToDate", "yearEndForecast", "comment" -> f;
                default -> "actualsToDate";
            }, m));
        }
    }

    public void saveClimate(String period, String unit, Entered entered) {
        Msg msg = lang.msg();
        for (JsonNode i : climate.preview(period, unit).path(0).path("report").path("indicators")) {
            String code = i.path("code").asText();
            String status = blankToNull(entered.text("status." + code));
            String comment = blankToNull(entered.text("comment." + code));
            BigDecimal value;
            try {
                value = NorwegianFormat.parse(entered.text("value." + code));
            } catch (NumberFormatException e) {
                entered.refuse("value." + code, msg.notANumber());
                continue;
            }
            if (status == null) {
                if (value != null || comment != null) {
                    entered.refuse("status." + code, msg.statusBeforeComment());
                }
                continue;
            }
            boolean same = status.equals(i.path("status").asText())
                    && Objects.equals(comment, blankToNull(i.path("comment").asText(null)))
                    && (value == null
                            ? !i.path("value").isNumber()
                            : i.path("value").isNumber() && i.path("value").decimalValue().compareTo(value) == 0);
            if (same) {
                continue;
            }
            ObjectNode body = JSON.createObjectNode().put("unit", unit).put("periodId", period).put("indicator", code)
                    .put("status", status);
            if (value != null) {
                body.put("value", value);
            }
            if (comment != null) {
                body.put("comment", comment);
            }
            submit(entered, "value." + code, "value", () -> climate.submitMeasureStatus(body));
        }
    }

    public void deliver(String unit, long oppdrag, Entered entered) {
        Msg msg = lang.msg();
        String note = blankToNull(entered.text("note." + oppdrag));
        String link = blankToNull(entered.text("link." + oppdrag));
        if (note == null) {
            entered.refuse("note." + oppdrag, msg.required());
        }
        if (link != null && !link.matches("^https?://\\S+$")) {
            entered.refuse("link." + oppdrag, msg.notALink());
        }
        if (entered.refused()) {
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("unit", unit).put("note", note);
        if (link != null) {
            body.put("documentLink", link);
        }
        try {
            assignment.deliver(oppdrag, body);
        } catch (WebApplicationException e) {
            ServiceProblem p = ServiceProblem.of(e);
            if (p.fields().containsKey("documentLink")) {
                entered.refuse("link." + oppdrag, p.fields().get("documentLink"));
            } else {
                entered.refuse("note." + oppdrag, p.messageFor("note"));
            }
        }
    }

    /**
     * A unit says whether it delivered a reporting duty: at the period for a duty due at points or on a date, on the day
     * it gives for an event-driven one. Not delivered needs a why; a link must be http(s).
     */
    public void fulfilDuty(String period, String unit, long duty, boolean ongoing, Entered entered) {
        Msg msg = lang.msg();
        boolean delivered = !"false".equals(entered.text("kravlevert." + duty));
        String note = blankToNull(entered.text("kravnotat." + duty));
        String link = blankToNull(entered.text("kravlenke." + duty));
        String day = blankToNull(entered.text("kravdag." + duty));
        if (!delivered && note == null) {
            entered.refuse("kravnotat." + duty, msg.whyNotDelivered());
        }
        if (link != null && !link.matches("^https?://\\S+$")) {
            entered.refuse("kravlenke." + duty, msg.notALink());
        }
        String occasion = period;
        if (ongoing) {
            occasion = day == null ? null : NorwegianFormat.parseDay(day);
            if (occasion == null) {
                entered.refuse("kravdag." + duty, msg.dayRequired());
            }
        }
        if (entered.refused()) {
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("unit", unit).put("delivered", delivered);
        body.put("occasion", occasion);
        if (note != null) {
            body.put("note", note);
        }
        if (link != null) {
            body.put("documentLink", link);
        }
        try {
            assignment.fulfilDuty(duty, body);
        } catch (WebApplicationException e) {
            ServiceProblem p = ServiceProblem.of(e);
            if (p.fields().containsKey("documentLink")) {
                entered.refuse("kravlenke." + duty, p.fields().get("documentLink"));
            } else if (p.fields().containsKey("occasion")) {
                entered.refuse(ongoing ? "kravdag." + duty : "kravnotat." + duty, p.fields().get("occasion"));
            } else if (p.fields().isEmpty()) {
                entered.pageErrors.add(p.detail());
            } else {
                entered.refuse("kravnotat." + duty, p.messageFor("note"));
            }
        }
    }

    /** Department staff: a CSV of measurements, all or nothing, through the indicator-service. */
    public void upload(String csv, Entered entered) {
        Msg msg = lang.msg();
        if (csv == null || csv.isBlank()) {
            entered.refuse("fil", msg.chooseAFile());
            return;
        }
        try {
            JsonNode receipt = indicator.upload(csv);
            entered.upload = new ReportingPage.UploadResult(true, msg.uploadStored(receipt.path("rows").asInt(),
                    receipt.path("units").asInt(), receipt.path("indicators").asInt()), List.of());
        } catch (WebApplicationException e) {
            ServiceProblem p = ServiceProblem.of(e);
            List<String> problems = new ArrayList<>();
            p.fields().forEach((f, m) -> problems.add(rowOf(f, msg) + m));
            entered.upload = new ReportingPage.UploadResult(false, p.detail(), problems);
            entered.refuse("fil", msg.uploadRefused());
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private void submit(Entered entered, String field, String serviceField, Runnable call) {
        try {
            call.run();
        } catch (WebApplicationException e) {
            ServiceProblem p = ServiceProblem.of(e);
            if (p.status() == 409) {
                entered.pageErrors.add(p.detail());
            } else {
                entered.refuse(field, p.messageFor(serviceField));
            }
        }
    }

    private static String rowOf(String field, Msg msg) {
        var m = java.util.regex.Pattern.compile("^rows\\[(\\d+)\\]\\.(.+)$").matcher(field);
        return m.matches() ? msg.uploadRow(Integer.parseInt(m.group(1)), m.group(2)) + ": " : field + ": ";
    }

    private static Long amount(Entered entered, String field, Msg msg) {
        try {
            BigDecimal value = NorwegianFormat.parse(entered.text(field));
            if (value == null) {
                return null;
            }
            if (value.stripTrailingZeros().scale() > 0) {
                entered.refuse(field, msg.wholeThousands());
                return null;
            }
            return value.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            entered.refuse(field, msg.wholeThousands());
            return null;
        }
    }

    private static Field field(Entered entered, String name, String saved) {
        String typed = entered.text(name);
        return new Field(Field.idOf(name), name, typed != null ? typed : saved, entered.errors.get(name));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The latest of a unit's submissions for each indicator. */
    private static Map<String, JsonNode> latestMeasurements(JsonNode measurements) {
        Map<String, JsonNode> latest = new HashMap<>();
        for (JsonNode m : measurements) {
            latest.merge(m.path("indicator").asText(), m, (a, b) -> b.path("submittedAt").asText()
                    .compareTo(a.path("submittedAt").asText()) >= 0 ? b : a);
        }
        return latest;
    }

    /** Every tiltak of the unit's goals, in the letter's order. */
    static List<JsonNode> tiltakOf(JsonNode goals) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode letter : goals) {
            collect(letter.path("goals"), out);
        }
        return out;
    }

    private static void collect(JsonNode goals, List<JsonNode> out) {
        for (JsonNode g : goals) {
            g.path("tiltak").forEach(out::add);
            collect(g.path("goals"), out);
        }
    }

    /** An oppdrag is due in the period its deadline falls in; in the årsberetning, every oppdrag of the year. */
    private static boolean dueIn(JsonNode oppdrag, String period) {
        String deadlinePeriod = oppdrag.path("deadlinePeriod").asText("");
        return deadlinePeriod.equals(period)
                || (period.endsWith("-Y") && oppdrag.path("year").asText().equals(period.substring(0, 4)));
    }

}
