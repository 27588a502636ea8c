package no.oslo.styring.indicator.measurement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The rows of a bulk upload, read as a stream: CSV with a header {@code unit,periodId,indicator,value,comment} (comma or
 * semicolon separated, as spreadsheets export it; a value may use a decimal comma), or a JSON array of objects with the
 * same fields. A row that cannot be read is a {@link Row} with a problem, so that every bad row is reported at once.
 */
public final class BulkRows {

    /** The columns of the CSV header, in any order; {@code comment} is optional. */
    public static final List<String> COLUMNS = List.of("unit", "periodId", "indicator", "value", "comment");

    /**
     * One row: its number (the CSV line, or the JSON array index + 1), its fields, and why it cannot be read, if so.
     *
     * @param field the field the problem is about, or null
     */
    public record Row(long number, String unit, String periodId, String indicator, BigDecimal value, String comment,
            String field, String problem, String problemNb) {
    }

    private BulkRows() {
    }

    /** Reads CSV, calling {@code sink} for each row in order. */
    public static void csv(InputStream in, Consumer<Row> sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(4096);
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException("the CSV is empty; its first line is the header "
                    + String.join(",", COLUMNS));
        }
        reader.reset();
        char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(reader)) {
            List<String> missing = COLUMNS.stream().filter(c -> !"comment".equals(c))
                    .filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("the CSV header lacks " + String.join(", ", missing) + "; expected "
                        + String.join(String.valueOf(delimiter), COLUMNS));
            }
            boolean hasComment = parser.getHeaderMap().containsKey("comment");
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException | NoSuchElementException e) {
                    throw new IllegalArgumentException("the CSV cannot be read after line " + parser.getCurrentLineNumber()
                            + ": " + e.getMessage());
                }
                long line = r.getRecordNumber() + 1;
                if (!r.isConsistent()) {
                    sink.accept(new Row(line, null, null, null, null, null, null, "has " + r.size()
                            + " fields; the header has " + parser.getHeaderMap().size(),
                            "har " + r.size()
                                    + " felt; overskriften har " + parser.getHeaderMap().size()));
                    continue;
                }
                sink.accept(row(line, r.get("unit"), r.get("periodId"), r.get("indicator"), r.get("value"),
                        hasComment ? r.get("comment") : null));
            }
        }
    }

    /** Reads a JSON array of row objects, calling {@code sink} for each in order. */
    public static void json(JsonFactory factory, InputStream in, Consumer<Row> sink) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("the body must be a JSON array of {unit, periodId, indicator, value, "
                        + "comment}");
            }
            long n = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                n++;
                String unit = null;
                String periodId = null;
                String indicator = null;
                String value = null;
                String comment = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    String text = t == JsonToken.VALUE_NULL ? null : t.isStructStart() ? skip(p) : p.getText();
                    switch (name) {
                        case "unit" -> unit = text;
                        case "periodId" -> periodId = text;
                        case "indicator" -> indicator = text;
                        case "value" -> value = text;
                        case "comment" -> comment = text;
                        default -> {
                        }
                    }
                }
                sink.accept(row(n, unit, periodId, indicator, value, comment));
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw new IllegalArgumentException("element " + (n + 1) + " of the array is not an object");
            }
        }
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return "";
    }

    static Row row(long number, String unit, String periodId, String indicator, String value, String comment) {
        if (blank(unit)) {
            return new Row(number, unit, periodId, indicator, null, comment, "unit", "is required", "må fylles ut");
        }
        if (blank(periodId)) {
            return new Row(number, unit, periodId, indicator, null, comment, "periodId", "is required", "må fylles ut");
        }
        if (blank(indicator)) {
            return new Row(number, unit, periodId, indicator, null, comment, "indicator", "is required", "må fylles ut");
        }
        if (comment != null && comment.length() > 4000) {
            return new Row(number, unit, periodId, indicator, null, comment, "comment", "is longer than 4 000 characters",
                    "er lengre enn 4 000 tegn");
        }
        BigDecimal parsed = number(value);
        if (parsed == null) {
            return new Row(number, unit, periodId, indicator, null, comment, "value",
                    (value == null ? "null" : "'" + value + "'") + " is not a number such as 81,5 or 81.5",
                    (value == null ? "tom" : "«" + value + "»") + " er ikke et tall, for eksempel 81,5");
        }
        return new Row(number, unit.strip(), periodId.strip(), indicator.strip(), parsed, blank(comment) ? null : comment,
                null, null, null);
    }

    /** A number written with a decimal point or comma (no thousands separators but spaces), or null. */
    static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace(" ", "").replace("\u00A0", "").strip();
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (t.isEmpty() || t.length() > 40 || t.toLowerCase(Locale.ROOT).contains("e")) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            return v.scale() > 6 || v.precision() - v.scale() > 14 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
