package no.oslo.styring.portal.trends;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

import no.oslo.styring.portal.api.AssignmentApi;
import no.oslo.styring.portal.api.BudgetApi;
import no.oslo.styring.portal.api.Calls;
import no.oslo.styring.portal.api.IndicatorApi;
import no.oslo.styring.portal.api.Units;
import no.oslo.styring.portal.web.Lang;
import no.oslo.styring.portal.web.Msg;

/**
 * Trends, read from the services with the person's token: an indicator over the years (the letters' history, what was
 * reported in closed periods, the target) for one unit, or the districts side by side in one period; a unit's budget
 * frame over the økonomiplan, and frame, actuals and forecast per reported period of a year.
 */
@ApplicationScoped
public class TrendsService {

    @Inject
    @RestClient
    IndicatorApi indicator;

    @Inject
    @RestClient
    BudgetApi budget;

    @Inject
    @RestClient
    AssignmentApi assignment;

    @Inject
    Units units;

    @Inject
    Calls calls;

    @Inject
    Lang lang;

    /** A choice offered on the page: its value and what it says. */
    @TemplateData
    public record Choice(String value, String label, boolean selected) {
    }

    @TemplateData
    public record IndicatorTrend(String code, String name, String measure, Chart chart, List<Choice> units,
            List<Choice> periods, String unit, String period) {

        /** The chart's numbers as CSV, for what the page shows. */
        public String csvLink() {
            return "/trender/indikator/" + code + "/csv" + (unit != null
                    ? "?enhet=" + unit
                    : period != null ? "?periode=" + period : "");
        }
    }

    @TemplateData
    public record BudgetTrend(String unit, String unitName, int year, Chart frames, Chart withinYear,
            List<Choice> years) {

        public String framesCsv() {
            return "/trender/budsjett/" + unit + "/rammer.csv?aar=" + year;
        }

        public String withinYearCsv() {
            return "/trender/budsjett/" + unit + "/perioder.csv?aar=" + year;
        }
    }

    @TemplateData
    public record Index(int year, List<Choice> indicators, List<Choice> units, List<Choice> years) {
    }

    public Index index(int year) {
        var ind = calls.async(() -> indicator.indicators(year, null));
        var all = calls.async(units::all);
        List<Choice> indicators = new ArrayList<>();
        for (JsonNode i : Calls.join(ind)) {
            indicators.add(new Choice(i.path("code").asText(), i.path("name").asText(), false));
        }
        indicators.sort(Comparator.comparing(Choice::label));
        List<Choice> unitChoices = new ArrayList<>();
        for (JsonNode u : Calls.join(all)) {
            if (!"DEPARTMENT".equals(u.path("kind").asText())) {
                unitChoices.add(new Choice(u.path("code").asText(), u.path("name").asText(), false));
            }
        }
        return new Index(year, indicators, unitChoices, years(year));
    }

    /**
     * The indicator for one unit over the years, or (unit null) the districts side by side in one period (the latest
     * with reported values unless one is asked for).
     */
    public IndicatorTrend indicator(String code, String unit, String period) {
        Msg msg = lang.msg();
        var seriesCall = calls.async(() -> indicator.series(code, null));
        var all = calls.async(units::all);
        JsonNode series = Calls.join(seriesCall);
        Map<String, String> names = new HashMap<>();
        List<String> districts = new ArrayList<>();
        for (JsonNode u : Calls.join(all)) {
            names.put(u.path("code").asText(), u.path("name").asText());
            if ("DISTRICT".equals(u.path("kind").asText())) {
                districts.add(u.path("code").asText());
            }
        }
        Map<Integer, BigDecimal> targets = new HashMap<>();
        for (JsonNode t : series.path("targets")) {
            if (t.path("threshold").isNumber()) {
                targets.put(t.path("year").asInt(), t.path("threshold").decimalValue());
            }
        }
        TreeSet<String> periods = new TreeSet<>(Comparator.reverseOrder());
        TreeSet<String> reportingUnits = new TreeSet<>();
        for (JsonNode r : series.path("reported")) {
            periods.add(r.path("periodId").asText());
            reportingUnits.add(r.path("unit").asText());
        }
        String name = series.path("name").asText(code);
        String measure = series.path("unitOfMeasure").asText(); // as the letter prints it, in either language
        Chart chart;
        String chosenPeriod = null;
        if (unit != null) {
            TreeMap<String, BigDecimal[]> byLabel = new TreeMap<>();
            for (JsonNode h : series.path("history")) {
                if (h.path("value").isNumber()) {
                    byLabel.computeIfAbsent(h.path("year").asText(), k -> new BigDecimal[2])[0] = h.path("value")
                            .decimalValue();
                }
            }
            for (JsonNode r : series.path("reported")) {
                if (unit.equals(r.path("unit").asText())) {
                    byLabel.computeIfAbsent(r.path("periodId").asText(), k -> new BigDecimal[2])[1] = r.path("value")
                            .decimalValue();
                }
            }
            List<String> labels = new ArrayList<>(byLabel.keySet());
            List<BigDecimal> history = new ArrayList<>();
            List<BigDecimal> reported = new ArrayList<>();
            List<BigDecimal> target = new ArrayList<>();
            for (String label : labels) {
                history.add(byLabel.get(label)[0]);
                reported.add(byLabel.get(label)[1]);
                target.add(targets.get(Integer.parseInt(label.substring(0, 4))));
            }
            chart = new Chart("indikator", msg.trendOfUnit(name, names.getOrDefault(unit, unit)), Chart.LINE,
                    msg.yearOrPeriod(), labels, List.of(new Chart.Series(msg.historyInLetter(), history, false),
                            new Chart.Series(msg.reportedBy(names.getOrDefault(unit, unit)), reported, false),
                            new Chart.Series(msg.targetSeries(), target, true)),
                    measure);
        } else {
            chosenPeriod = period != null && periods.contains(period)
                    ? period
                    : periods.isEmpty()
                            ? null
                            : periods.first();
            Map<String, BigDecimal> values = new HashMap<>();
            for (JsonNode r : series.path("reported")) {
                if (r.path("periodId").asText().equals(chosenPeriod)) {
                    values.put(r.path("unit").asText(), r.path("value").decimalValue());
                }
            }
            List<String> ranked = new ArrayList<>(districts);
            boolean lowerIsBetter = "LOWER_IS_BETTER".equals(series.path("direction").asText());
            ranked.sort(Comparator.comparing((String d) -> values.get(d) == null ? 1 : 0)
                    .thenComparing(d -> values.get(d), Comparator.nullsLast(lowerIsBetter
                            ? Comparator.<BigDecimal>naturalOrder()
                            : Comparator.<BigDecimal>reverseOrder()))
                    .thenComparing(d -> names.getOrDefault(d, d)));
            BigDecimal threshold = chosenPeriod == null ? null : targets.get(Integer.parseInt(chosenPeriod.substring(0, 4)));
            List<String> labels = ranked.stream().map(d -> names.getOrDefault(d, d)).toList();
            chart = new Chart("indikator", msg.trendOfDistricts(name, chosenPeriod == null ? "–" : chosenPeriod),
                    Chart.BAR, msg.district(), labels,
                    List.of(new Chart.Series(msg.reportedValue(), ranked.stream().map(values::get).toList(), false),
                            new Chart.Series(msg.targetSeries(), ranked.stream().map(d -> threshold).toList(), true)),
                    measure);
        }
        List<Choice> unitChoices = new ArrayList<>();
        unitChoices.add(new Choice("", msg.districtsSideBySide(), unit == null));
        for (String u : reportingUnits) {
            unitChoices.add(new Choice(u, names.getOrDefault(u, u), u.equals(unit)));
        }
        List<Choice> periodChoices = new ArrayList<>();
        for (String p : periods) {
            periodChoices.add(new Choice(p, p, p.equals(chosenPeriod)));
        }
        return new IndicatorTrend(code, name, measure, chart, unitChoices, periodChoices, unit, chosenPeriod);
    }

    /** A unit's budget: the frame per year of the økonomiplan, and frame, actuals and forecast per closed period. */
    public BudgetTrend budget(String unit, int year) {
        Msg msg = lang.msg();
        var framesCall = calls.async(() -> budget.frames(year, unit));
        var periodsCall = calls.async(() -> assignment.periods(year));
        var namesCall = calls.async(units::names);
        TreeMap<Integer, Long> frameByYear = new TreeMap<>();
        for (JsonNode f : Calls.join(framesCall)) {
            for (JsonNode a : f.path("frame")) {
                frameByYear.merge(a.path("year").asInt(), a.path("amount").asLong(), Long::sum);
            }
        }
        List<String> frameLabels = frameByYear.keySet().stream().map(String::valueOf).toList();
        Chart frames = new Chart("rammer", msg.frameOverYears(), Chart.BAR, msg.year(), frameLabels,
                List.of(new Chart.Series(msg.frameSeries(), frameByYear.values().stream().map(BigDecimal::valueOf)
                        .toList(), false)),
                "1 000 kr");

        List<JsonNode> closed = new ArrayList<>();
        for (JsonNode p : Calls.join(periodsCall)) {
            if (!"OPEN".equals(p.path("status").asText())) {
                closed.add(p);
            }
        }
        List<CompletableFuture<JsonNode>> reports = closed.stream()
                .map(p -> calls.async(() -> budget.reports(p.path("id").asText(), unit))).toList();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> frame = new ArrayList<>();
        List<BigDecimal> actuals = new ArrayList<>();
        List<BigDecimal> forecast = new ArrayList<>();
        for (int i = 0; i < closed.size(); i++) {
            JsonNode latest = null;
            for (JsonNode r : Calls.join(reports.get(i))) {
                latest = r.path("report");
            }
            if (latest == null || !latest.path("reported").asBoolean()) {
                continue;
            }
            labels.add(closed.get(i).path(lang.english() ? "labelEn" : "labelNb").asText());
            frame.add(latest.path("frame").isNumber() ? BigDecimal.valueOf(latest.path("frame").asLong()) : null);
            actuals.add(BigDecimal.valueOf(latest.path("actualsToDate").asLong()));
            forecast.add(BigDecimal.valueOf(latest.path("yearEndForecast").asLong()));
        }
        Chart withinYear = new Chart("perioder", msg.budgetWithinYear(year), Chart.BAR, msg.period(), labels,
                List.of(new Chart.Series(msg.frameSeries(), frame, false),
                        new Chart.Series(msg.actualsSeries(), actuals, false),
                        new Chart.Series(msg.forecastSeries(), forecast, false)),
                "1 000 kr");
        Map<String, String> names = Calls.join(namesCall);
        return new BudgetTrend(unit, names.getOrDefault(unit, unit), year, frames, withinYear, years(year));
    }

    private static List<Choice> years(int chosen) {
        List<Choice> years = new ArrayList<>();
        for (int y = chosen + 2; y >= chosen - 4; y--) {
            years.add(new Choice(String.valueOf(y), String.valueOf(y), y == chosen));
        }
        return years;
    }

}
