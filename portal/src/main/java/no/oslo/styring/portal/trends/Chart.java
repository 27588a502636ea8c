package no.oslo.styring.portal.trends;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A chart as the page gives it: a title, the labels along the axis, and the series with one value per label (null where a
 * series has none). The same object is the chart's data (JSON for the browser's chart library), its table (universal
 * design: every number readable without the picture) and its CSV download. Plain Java.
 */
@TemplateData
public record Chart(String id, String title, String kind, String labelHeading, List<String> labels,
        List<Series> series, String unitOfMeasure) {

    /** {@code line} for a trend over time, {@code bar} for units side by side. */
    public static final String LINE = "line";
    public static final String BAR = "bar";

    /** One series: its name, its values by label, and whether it is a target (drawn as a dashed line). */
    @TemplateData
    public record Series(String name, List<BigDecimal> values, boolean target) {
    }

    /** The table's rows: a label and its value in each series, formatted as the letters print numbers. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(labels.get(i));
            for (Series s : series) {
                BigDecimal v = s.values().get(i);
                row.add(v == null ? "–" : no.oslo.styring.portal.web.NorwegianFormat.decimal(v));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The numbers as CSV (semicolon separated, decimal comma: what a Norwegian spreadsheet opens as it is). */
    public String csv() {
        StringBuilder out = new StringBuilder();
        out.append(cell(labelHeading));
        for (Series s : series) {
            out.append(';').append(cell(s.name()));
        }
        out.append("\r\n");
        for (int i = 0; i < labels.size(); i++) {
            out.append(cell(labels.get(i)));
            for (Series s : series) {
                BigDecimal v = s.values().get(i);
                out.append(';').append(v == null ? "" : v.stripTrailingZeros().toPlainString().replace('.', ','));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** The chart's data for the browser: labels, and per series its name, values and whether it is a target. */
    public String json() {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        json.put("kind", kind).put("title", title).put("unit", unitOfMeasure);
        labels.forEach(json.putArray("labels")::add);
        var all = json.putArray("series");
        for (Series s : series) {
            var node = all.addObject().put("name", s.name()).put("target", s.target());
            var values = node.putArray("values");
            s.values().forEach(v -> {
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            });
        }
        // no "</" in a data block, so that it can never end the script element early
        return json.toString().replace("</", "<\\/");
    }

    private static String cell(String text) {
        String t = text == null ? "" : text;
        if (t.startsWith("=") || t.startsWith("+") || t.startsWith("-") || t.startsWith("@")) {
            t = "'" + t; // never a formula in a spreadsheet
        }
        return t.contains(";") || t.contains("\"") || t.contains("\n") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }
}
