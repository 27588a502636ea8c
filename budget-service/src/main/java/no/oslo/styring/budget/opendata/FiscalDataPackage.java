package no.oslo.styring.budget.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A year's budget lines as an Open Fiscal Data Package: {@code datapackage.json} (profile {@code fiscal-data-package}, with
 * the fields' column types and the model's measure and dimensions) and one CSV resource, {@code budget-lines.csv}, with
 * one row per line and year. Amounts are exact integers in 1 000 NOK, as in the letter.
 */
public final class FiscalDataPackage {

    /** The CSV resource's name in the package. */
    public static final String CSV = "budget-lines.csv";

    /** One row: a frame's base or change line, or an investment line, for one fiscal year. */
    public record Line(int letterYear, String letter, String unit, String chapter, String kind, String project,
            String art, String text, String category, int fiscalYear, long amount) {
    }

    private static final List<String[]> FIELDS = List.of(
            new String[]{"letter_year", "integer", "date:fiscal-year", "The allocation letter's year"},
            new String[]{"letter", "string", "unknown:string", "The allocation letter (tildelingsbrev)"},
            new String[]{"unit", "string", "administrative-classification:generic:level1:code",
                    "Unit code: SSB bydel code or the letters' agency code"},
            new String[]{"chapter", "string", "administrative-classification:generic:level2:code", "Budget chapter (kapittel)"},
            new String[]{"kind", "string", "economic-classification:generic:level1:code",
                    "frame-base (Vedtatt Dok 3), frame-change (frame-change line) or investment"},
            new String[]{"project", "string", "project:code", "Investment project number"},
            new String[]{"art", "string", "economic-classification:generic:level2:code", "Art (e.g. 2300, 4290)"},
            new String[]{"text", "string", "economic-classification:generic:level1:label", "The line's text"},
            new String[]{"category", "string", "unknown:string", "The line's category, if any"},
            new String[]{"fiscal_year", "integer", "date:fiscal-year", "The year the amount is for (økonomiplan year)"},
            new String[]{"amount", "integer", "value", "Amount in 1 000 NOK, exact"});

    private FiscalDataPackage() {
    }

    /** The package descriptor. */
    public static Map<String, Object> descriptor(int year, Instant publishedAt, int rows) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String[] f : FIELDS) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f[0]);
            field.put("type", f[1]);
            field.put("columnType", f[2]);
            field.put("description", f[3]);
            fields.add(field);
        }
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", "budget-lines");
        resource.put("path", CSV);
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("count_of_rows", rows);
        resource.put("schema", Map.of("fields", fields));

        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("unit", dimension("unit", "administrative"));
        dimensions.put("chapter", dimension("chapter", "administrative"));
        dimensions.put("kind", dimension("kind", "classification"));
        dimensions.put("project", dimension("project", "project"));
        dimensions.put("art", dimension("art", "classification"));
        dimensions.put("fiscal_year", dimension("fiscal_year", "datetime"));

        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "fiscal-data-package");
        descriptor.put("name", "oslo-styring-budget-" + year);
        descriptor.put("title", "Oslo kommune: tallbudsjett i tildelingsbrevene " + year);
        descriptor.put("description", "Budget frames (base line and frame-change lines) and investment frames per unit, "
                + "chapter and year from the allocation letters of " + year
                + ", as recorded in Styring. Amounts in 1 000 NOK.");
        descriptor.put("countryCode", "NO");
        descriptor.put("currencyCode", "NOK");
        descriptor.put("granularity", "aggregated");
        descriptor.put("fiscalPeriod", Map.of("start", year + "-01-01", "end", year + "-12-31"));
        descriptor.put("created", publishedAt.toString());
        descriptor.put("licenses", List.of(Map.of("name", "NLOD-2.0", "title", "Norsk lisens for offentlige data 2.0",
                "path", "https://data.norge.no/nlod/no/2.0")));
        descriptor.put("resources", List.of(resource));
        descriptor.put("model", Map.of(
                "measures", Map.of("amount", Map.of("source", "amount", "currency", "NOK", "factor", 1000,
                        "direction", "expenditure", "phase", "approved")),
                "dimensions", dimensions));
        return descriptor;
    }

    private static Map<String, Object> dimension(String source, String type) {
        return Map.of("dimensionType", type, "primaryKey", List.of(source),
                "attributes", Map.of(source, Map.of("source", source)));
    }

    /** The CSV resource: a header row, then one row per line and year. */
    public static String csv(List<Line> lines) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(FIELDS.stream().map(f -> f[0]).toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Line l : lines) {
                printer.printRecord(l.letterYear(), l.letter(), l.unit(), l.chapter(), l.kind(), l.project(), l.art(),
                        l.text(), l.category(), l.fiscalYear(), l.amount());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
