package no.oslo.styring.portal.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

import no.oslo.styring.portal.web.NorwegianFormat;

/**
 * A tildelingsbrev as one document, in the letter's order and words, assembled from what the four services' APIs return
 * for a unit and a year: the header and sections 1–3, 5 and 6 (assignment-service), 4.1 goals, tiltak and result
 * indicators (indicator-service), 4.2 the klimabudsjett (climate-service), 4.3 the budget tables with their derived
 * totals (budget-service), and the oppdrag. Every number is formatted as the letters print them. Plain Java: the page and
 * the PDF render the same document, and it is unit-tested on the APIs' own JSON.
 */
@TemplateData
public record LetterDocument(long id, int year, String unit, String title, String reference, String date,
        List<String> issuers, List<String> recipients, int version, int currentVersion, List<Section> before,
        List<Goal> goals, List<IndicatorTable> indicatorTables, List<ClimateMeasure> climate, List<FrameTable> frames,
        List<InvestmentTable> investments, DistributionTable distribution, EarmarkedTable earmarked,
        List<Assumption> assumptions, List<Section> after, List<Oppdrag> oppdrag, String reportingPointsNb) {

    private static final DateTimeFormatter DATE_NB = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"));

    /** A section of text (1, 2, 3, 5, 6, 6.1 …): {@code depth} 1 for "6", 2 for "6.1". */
    @TemplateData
    public record Section(String key, String heading, List<String> paragraphs, int depth) {

        /** From the assignment-service's {@code {key, heading, text}}, its paragraphs split at blank lines. */
        static Section of(JsonNode section) {
            String key = section.path("key").asText();
            return new Section(key, section.path("heading").asText(),
                    LetterDocument.paragraphs(section.path("text").asText("")),
                    key.split("\\.").length);
        }
    }

    /** A goal (kommunemål, sektormål; funksjonsområde, hovedmål) with its tiltak and sub-goals. */
    @TemplateData
    public record Goal(String code, String title, List<Tiltak> tiltak, List<Goal> goals, List<String> indicators,
            int depth) {
    }

    /** A tiltak with its presisering; a withdrawn one with its reason. */
    @TemplateData
    public record Tiltak(String number, String text, String explanation, String withdrawn) {
    }

    /**
     * The result indicators of one goal as the letter tables them: history years, then the target years; under the table
     * the footnotes its names and values mark («1) Minst like godt resultat som for 2023»).
     */
    @TemplateData
    public record IndicatorTable(String goal, String goalTitle, List<Integer> historyYears, List<Integer> targetYears,
            List<IndicatorRow> rows, List<Footnote> footnotes) {
    }

    /** A footnote of a printed table: its mark and text. */
    @TemplateData
    public record Footnote(String mark, String text) {
    }

    /** One indicator's row: values and targets as printed, in the table's year order ("" where none is printed). */
    @TemplateData
    public record IndicatorRow(String name, String measure, List<String> history, List<String> targets) {
    }

    /** A klimabudsjett measure with its reporting indicators and måltall. */
    @TemplateData
    public record ClimateMeasure(String category, String text, String note, List<String> responsible,
            List<ClimateIndicator> indicators) {
    }

    @TemplateData
    public record ClimateIndicator(String name, String target) {
    }

    /** A frame table: the base line, the frame-change lines, and the derived frame and change from the base. */
    @TemplateData
    public record FrameTable(String chapter, String unit, List<Integer> years, Row base, List<Row> lines, Row frame,
            Row changeFromBase) {
    }

    /** A table row: its label and one formatted amount per year column. */
    @TemplateData
    public record Row(String label, String detail, List<String> amounts) {
    }

    /** An investment table: per project its lines by art and a subtotal, and the Totalsum. */
    @TemplateData
    public record InvestmentTable(String title, List<Integer> years, List<Project> projects, Row total) {
    }

    @TemplateData
    public record Project(String number, String name, List<Row> lines, Row subtotal) {
    }

    /** The bydel distribution: driftsramme and økonomisk sosialhjelp per district, and the sums. */
    @TemplateData
    public record DistributionTable(List<DistrictRow> rows, DistrictRow sum, String title, String mark, String footnote) {
    }

    @TemplateData
    public record DistrictRow(String unit, String name, String driftsramme, String sosialhjelp, String sum) {
    }

    /** Earmarked funds (øremerkede midler) with their sum. */
    @TemplateData
    public record EarmarkedTable(List<EarmarkedRow> rows, String sum) {
    }

    @TemplateData
    public record EarmarkedRow(String purpose, String area, String project, String amount) {
    }

    /** A budget assumption (4.3.1 Budsjettforutsetninger). */
    @TemplateData
    public record Assumption(String chapter, String title, List<String> paragraphs) {
    }

    /**
     * An oppdrag with its deadline and state; {@code parties}: how the letter names bodies outside it («Felles oppdrag med
     * Oslo Origo og Utdanningsetaten (UDE)»), or "".
     */
    @TemplateData
    public record Oppdrag(String title, String description, String deadline, String status, boolean overdue,
            String parties) {
    }

    /** Everything the APIs answered for the letter; the lists are the APIs' JSON arrays. */
    public record Sources(JsonNode letter, JsonNode goals, JsonNode indicators, JsonNode climate, JsonNode frames,
            JsonNode investments, JsonNode distribution, JsonNode earmarked, JsonNode assumptions, JsonNode oppdrag,
            Map<String, String> unitNames) {
    }

    /** Assembles the document of {@code unit}'s letter from the APIs' answers. */
    public static LetterDocument of(String unit, Sources s) {
        JsonNode l = s.letter();
        String title = l.path("title").asText();
        int year = l.path("year").asInt();
        List<Section> before = new ArrayList<>();
        List<Section> after = new ArrayList<>();
        for (JsonNode section : l.path("sections")) {
            Section out = Section.of(section);
            (out.key().compareTo("4") < 0 ? before : after).add(out);
        }

        List<Goal> goals = new ArrayList<>();
        for (JsonNode letterGoals : s.goals()) {
            if (!title.equals(letterGoals.path("title").asText(title))) {
                continue;
            }
            letterGoals.path("goals").forEach(g -> goals.add(goal(g, 1)));
        }
        List<IndicatorTable> indicatorTables = indicatorTables(goals, s.indicators(), title);

        List<ClimateMeasure> climate = new ArrayList<>();
        for (JsonNode m : s.climate()) {
            List<ClimateIndicator> indicators = new ArrayList<>();
            m.path("indicators").forEach(i -> indicators.add(new ClimateIndicator(i.path("name").asText(),
                    i.path("target").asText(""))));
            climate.add(new ClimateMeasure(m.path("categoryNb").asText(), m.path("text").asText(),
                    m.path("note").asText(null), names(m.path("responsible"), s.unitNames()), indicators));
        }

        List<FrameTable> frames = new ArrayList<>();
        for (JsonNode f : s.frames()) {
            if (!title.equals(f.path("letter").asText(title))) {
                continue;
            }
            List<Integer> years = years(f.path("frame"));
            List<Row> lines = new ArrayList<>();
            f.path("lines").forEach(line -> lines.add(row(line.path("text").asText(), line.path("amounts"), years)));
            frames.add(new FrameTable(f.path("chapter").asText(), f.path("unit").asText(),
                    years, row(f.path("base").path("text").asText("Vedtatt"), f.path("base").path("amounts"), years),
                    lines, row("Ramme Sak 1/" + year, f.path("frame"), years),
                    row("Endring fra basis " + (year - 1), f.path("changeFromBase"), years)));
        }

        List<InvestmentTable> investments = new ArrayList<>();
        for (JsonNode t : s.investments()) {
            if (!title.equals(t.path("letter").asText(title))) {
                continue;
            }
            List<Integer> years = years(t.path("total"));
            List<Project> projects = new ArrayList<>();
            for (JsonNode p : t.path("projects")) {
                List<Row> lines = new ArrayList<>();
                // as the letter prints them: a year with nothing invested is left blank
                p.path("lines").forEach(line -> lines.add(blankZero(row(line.path("art").asText(), line.path("amounts"),
                        years))));
                projects.add(new Project(p.path("projectNumber").asText(), p.path("name").asText(), lines,
                        blankZero(row("", p.path("total"), years))));
            }
            investments.add(new InvestmentTable(t.path("title").asText(), years, projects,
                    row("Totalsum", t.path("total"), years)));
        }

        DistributionTable distribution = null;
        for (JsonNode d : s.distribution()) {
            if (!title.equals(d.path("letter").asText())) {
                continue;
            }
            List<DistrictRow> rows = new ArrayList<>();
            d.path("rows").forEach(r -> rows.add(new DistrictRow(r.path("unit").asText(), r.path("name").asText(),
                    amount(r.path("driftsramme")), amount(r.path("okonomiskSosialhjelp")), amount(r.path("sum")))));
            distribution = new DistributionTable(rows, new DistrictRow("", "Sum", amount(d.path("driftsramme")),
                    amount(d.path("okonomiskSosialhjelp")), amount(d.path("sum"))), d.path("title").asText(""),
                    d.path("titleMark").asText(""), d.path("footnote").asText(""));
        }

        EarmarkedTable earmarked = null;
        List<EarmarkedRow> funds = new ArrayList<>();
        long fundSum = 0;
        for (JsonNode e : s.earmarked()) {
            if (!title.equals(e.path("letter").asText())) {
                continue;
            }
            funds.add(new EarmarkedRow(e.path("purpose").asText(), e.path("functionalArea").asText(""),
                    e.path("projectNumber").asText(""), amount(e.path("amount"))));
            fundSum += e.path("amount").asLong();
        }
        if (!funds.isEmpty()) {
            earmarked = new EarmarkedTable(funds, NorwegianFormat.amount(fundSum));
        }

        List<Assumption> assumptions = new ArrayList<>();
        for (JsonNode a : s.assumptions()) {
            if (title.equals(a.path("letter").asText())) {
                assumptions.add(new Assumption(a.path("chapter").asText(""), a.path("title").asText(),
                        paragraphs(a.path("text").asText(""))));
            }
        }

        List<Oppdrag> oppdrag = new ArrayList<>();
        for (JsonNode o : s.oppdrag()) {
            String deadline = o.path("deadline").isTextual()
                    ? date(o.path("deadline").asText())
                    : o.path("deadlinePeriod").asText("");
            oppdrag.add(new Oppdrag(o.path("title").asText(), o.path("description").asText(""), deadline,
                    o.path("status").asText(), o.path("overdue").asBoolean(false), o.path("partiesNb").asText("")));
        }

        String date = l.path("date").isTextual() ? date(l.path("date").asText()) : "";
        return new LetterDocument(l.path("id").asLong(), year, unit, title, l.path("reference").asText(""), date,
                names(l.path("issuers"), s.unitNames()), names(l.path("recipients"), s.unitNames()),
                l.path("version").asInt(1), l.path("currentVersion").asInt(1), before, goals, indicatorTables, climate,
                frames, investments, distribution, earmarked, assumptions, after, oppdrag,
                l.path("reportingPointsNb").asText(""));
    }

    /** Whether the letter has a section 4 to show (goals, climate or budget). */
    public boolean hasSectionFour() {
        return !goals.isEmpty() || !climate.isEmpty() || hasBudget();
    }

    public boolean hasBudget() {
        return !frames.isEmpty() || !investments.isEmpty() || distribution != null || earmarked != null
                || !assumptions.isEmpty();
    }

    /** The earlier versions a reader can choose, newest first. */
    public List<Integer> versions() {
        List<Integer> versions = new ArrayList<>();
        for (int v = currentVersion; v >= 1; v--) {
            versions.add(v);
        }
        return versions;
    }

    public int previousVersion() {
        return Math.max(1, currentVersion - 1);
    }

    public boolean earlierVersion() {
        return version < currentVersion;
    }

    private static Goal goal(JsonNode g, int depth) {
        List<Tiltak> tiltak = new ArrayList<>();
        for (JsonNode t : g.path("tiltak")) {
            if (!t.path("inLetter").asBoolean(true)) {
                continue;
            }
            tiltak.add(new Tiltak(t.path("number").isNumber() ? t.path("number").asText() : "", t.path("text").asText(),
                    t.path("explanation").asText(null), t.path("withdrawn").asText(null)));
        }
        List<Goal> sub = new ArrayList<>();
        g.path("goals").forEach(c -> sub.add(goal(c, depth + 1)));
        List<String> indicators = new ArrayList<>();
        g.path("indicators").forEach(i -> indicators.add(i.asText()));
        return new Goal(g.path("code").asText(), g.path("title").asText(), tiltak, sub, indicators, depth);
    }

    /** One table per goal that has indicators, in the goals' order; indicators of no listed goal last. */
    private static List<IndicatorTable> indicatorTables(List<Goal> goals, JsonNode indicators, String title) {
        Map<String, JsonNode> byCode = new java.util.LinkedHashMap<>();
        for (JsonNode i : indicators) {
            if (i.path("inLetter").asBoolean(true)) {
                byCode.put(i.path("code").asText(), i);
            }
        }
        List<IndicatorTable> tables = new ArrayList<>();
        List<Goal> all = new ArrayList<>();
        flatten(goals, all);
        for (Goal g : all) {
            List<JsonNode> of = new ArrayList<>();
            for (String code : g.indicators()) {
                JsonNode i = byCode.remove(code);
                if (i != null) {
                    of.add(i);
                }
            }
            if (!of.isEmpty()) {
                tables.add(table(g.code(), g.title(), of));
            }
        }
        if (!byCode.isEmpty()) {
            tables.add(table("", "", new ArrayList<>(byCode.values())));
        }
        return tables;
    }

    private static void flatten(List<Goal> goals, List<Goal> into) {
        for (Goal g : goals) {
            into.add(g);
            flatten(g.goals(), into);
        }
    }

    private static IndicatorTable table(String goal, String goalTitle, List<JsonNode> indicators) {
        TreeSet<Integer> historyYears = new TreeSet<>();
        TreeSet<Integer> targetYears = new TreeSet<>();
        for (JsonNode i : indicators) {
            i.path("history").forEach(h -> historyYears.add(h.path("year").asInt()));
            i.path("targets").forEach(t -> targetYears.add(t.path("year").asInt()));
        }
        List<IndicatorRow> rows = new ArrayList<>();
        Map<String, Footnote> footnotes = new java.util.LinkedHashMap<>();
        for (JsonNode i : indicators) {
            List<String> history = new ArrayList<>();
            for (int y : historyYears) {
                history.add(find(i.path("history"), y, "printed"));
            }
            List<String> targets = new ArrayList<>();
            for (int y : targetYears) {
                String printed = find(i.path("targets"), y, "printed");
                targets.add(printed.isEmpty() ? find(i.path("targets"), y, "target") : printed);
            }
            for (JsonNode f : i.path("footnotes")) {
                footnotes.putIfAbsent(f.path("mark").asText(), new Footnote(f.path("mark").asText(), f.path("text").asText()));
            }
            rows.add(new IndicatorRow(i.path("name").asText(), i.path("unitOfMeasure").asText(""), history, targets));
        }
        return new IndicatorTable(goal, goalTitle, List.copyOf(historyYears), List.copyOf(targetYears), rows,
                List.copyOf(footnotes.values()));
    }

    private static String find(JsonNode values, int year, String field) {
        for (JsonNode v : values) {
            if (v.path("year").asInt() == year) {
                return v.path(field).asText("");
            }
        }
        return "";
    }

    private static List<Integer> years(JsonNode amounts) {
        List<Integer> years = new ArrayList<>();
        amounts.forEach(a -> years.add(a.path("year").asInt()));
        return years;
    }

    private static Row row(String label, JsonNode amounts, List<Integer> years) {
        return new Row(label, "", amounts(amounts, years));
    }

    /** One formatted amount per year column, from the APIs' {@code [{year, amount}]}; "" for a year it has not. */
    static List<String> amounts(JsonNode amounts, Iterable<Integer> years) {
        List<String> out = new ArrayList<>();
        for (int y : years) {
            String cell = "";
            for (JsonNode a : amounts) {
                if (a.path("year").asInt() == y && a.path("amount").isIntegralNumber()) {
                    cell = NorwegianFormat.amount(a.path("amount").asLong());
                }
            }
            out.add(cell);
        }
        return out;
    }

    private static Row blankZero(Row row) {
        return new Row(row.label(), row.detail(), row.amounts().stream().map(a -> "0".equals(a) ? "" : a).toList());
    }

    private static String amount(JsonNode value) {
        return value.isIntegralNumber() ? NorwegianFormat.amount(value.asLong()) : "";
    }

    private static List<String> names(JsonNode codes, Map<String, String> unitNames) {
        List<String> out = new ArrayList<>();
        codes.forEach(c -> out.add(unitNames.getOrDefault(c.asText(), c.asText())));
        return out;
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(DATE_NB);
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
