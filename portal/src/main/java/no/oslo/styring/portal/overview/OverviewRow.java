package no.oslo.styring.portal.overview;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

import no.oslo.styring.portal.web.Msg;
import no.oslo.styring.portal.web.NorwegianFormat;

/**
 * One unit's row of the period overview: what it has reported of each kind, the indicator counts and the budget
 * deviation. The same cells are built from a unit's draft preview, from a published report, and from a report arriving
 * on Kafka, so that a row pushed to the browser reads as the page does. Plain Java.
 */
@TemplateData
public final class OverviewRow {

    /** How much of a kind a unit has reported. */
    public enum State {
        REPORTED, PARTLY, MISSING, NOT_DUE
    }

    public final String unit;
    public final String name;
    public final String kind;
    public final String parents;
    /** The cells by name ({@code indicators}, {@code met}, …): the text shown and the state it marks. */
    public final Map<String, Cell> cells = new LinkedHashMap<>();

    @TemplateData
    public record Cell(String text, String state) {
    }

    public OverviewRow(String unit, String name, String kind, String parents) {
        this.unit = unit;
        this.name = name;
        this.kind = kind;
        this.parents = parents;
    }

    public Cell cell(String name) {
        return cells.getOrDefault(name, new Cell("–", State.NOT_DUE.name()));
    }

    /** Whether something due of any kind is missing or partly reported. */
    public boolean missing() {
        return cells.values().stream().anyMatch(c -> c.state().equals(State.MISSING.name())
                || c.state().equals(State.PARTLY.name()));
    }

    /** The cells of an indicator report: indicators (and tiltak), met, not met, missing, revision. */
    public static Map<String, Cell> indicatorCells(JsonNode report, int revision, Msg msg) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        JsonNode c = report.path("counts");
        int due = c.path("due").asInt();
        int missing = c.path("missing").asInt();
        cells.put("indicators", share(due - missing, due, msg));
        cells.put("met", new Cell(String.valueOf(c.path("met").asInt()), State.NOT_DUE.name()));
        cells.put("notMet", new Cell(String.valueOf(c.path("notMet").asInt()), State.NOT_DUE.name()));
        cells.put("missingCount", new Cell(String.valueOf(missing), State.NOT_DUE.name()));
        int tiltak = report.path("tiltak").size();
        cells.put("tiltak", new Cell(tiltak == 0 ? msg.none() : String.valueOf(tiltak),
                tiltak == 0 ? State.MISSING.name() : State.REPORTED.name()));
        cells.put("revision", revision(revision, msg));
        return cells;
    }

    public static Map<String, Cell> budgetCells(JsonNode report, Msg msg) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        boolean reported = report.path("reported").asBoolean();
        // events from before reporting points carry no "due": every period was due then
        boolean due = report.path("due").asBoolean(true);
        cells.put("budget", reported
                ? new Cell(msg.reported(), State.REPORTED.name())
                : due ? new Cell(msg.missingState(), State.MISSING.name()) : new Cell(msg.notAsked(), State.NOT_DUE.name()));
        String deviation = "–";
        if (report.path("deviation").isNumber()) {
            deviation = NorwegianFormat.amount(report.path("deviation").asLong()) + " ("
                    + msg.deviationKind(report.path("deviationKind").asText("")) + ")";
        }
        cells.put("deviation", new Cell(deviation, State.NOT_DUE.name()));
        return cells;
    }

    public static Map<String, Cell> climateCells(JsonNode report, Msg msg) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        JsonNode c = report.path("counts");
        int due = c.path("due").asInt();
        cells.put("climate", share(due - c.path("missing").asInt(), due, msg));
        return cells;
    }

    /** The cell of a reporting-duty report: how many of the duties due were delivered (or said not to be). */
    public static Map<String, Cell> dutyCells(JsonNode report, Msg msg) {
        JsonNode c = report.path("counts");
        int due = c.path("due").asInt();
        return Map.of("duties", share(due - c.path("missing").asInt(), due, msg));
    }

    private static Cell share(int reported, int due, Msg msg) {
        if (due == 0) {
            return new Cell("–", State.NOT_DUE.name());
        }
        State state = reported >= due ? State.REPORTED : reported == 0 ? State.MISSING : State.PARTLY;
        return new Cell(msg.share(reported, due), state.name());
    }

    private static Cell revision(int revision, Msg msg) {
        return new Cell(revision == 0 ? msg.draft() : msg.revision(revision), State.NOT_DUE.name());
    }
}
