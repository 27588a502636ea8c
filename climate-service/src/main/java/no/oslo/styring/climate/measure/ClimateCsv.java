package no.oslo.styring.climate.measure;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import no.oslo.styring.targets.Direction;

/**
 * Reads the CSV form of a climate import (one row per indicator; rows with the same measureKey are one measure) into
 * the JSON form, and names each finding by its CSV row and column. Plain Java.
 */
public final class ClimateCsv {

    public static final List<String> COLUMNS = List.of("year", "title", "measureKey", "number", "category", "responsible",
            "measureText", "note", "effectTonnesCo2e", "indicatorCode", "indicatorName", "target", "direction",
            "reportingPoints");
    private static final Pattern INDICATOR_FIELD = Pattern.compile("^measures\\[(\\d+)]\\.indicators\\[(\\d+)](\\.(\\w+))?.*");
    private static final Pattern MEASURE_FIELD = Pattern.compile("^measures\\[(\\d+)](\\.(\\w+))?.*");
    private static final Map<String, String> COLUMN_OF = Map.of("key", "measureKey", "text", "measureText", "code",
            "indicatorCode", "name", "indicatorName", "year", "year", "title", "title");

    /** The import read from CSV, what could not be read, and the CSV row of each measure and indicator. */
    public record Result(ClimateImport in, List<ClimateImportCheck.Finding> findings, Map<String, Long> rowOf) {

        /** A finding of the JSON form, named by CSV row and column instead. */
        public ClimateImportCheck.Finding toCsv(ClimateImportCheck.Finding f) {
            Matcher m = INDICATOR_FIELD.matcher(f.field());
            if (m.matches()) {
                Long row = rowOf.get("measures[" + m.group(1) + "].indicators[" + m.group(2) + "]");
                return new ClimateImportCheck.Finding("rows[" + row + "]." + column(m.group(4), "indicatorCode"),
                        f.message());
            }
            m = MEASURE_FIELD.matcher(f.field());
            if (m.matches()) {
                Long row = rowOf.get("measures[" + m.group(1) + "]");
                return new ClimateImportCheck.Finding("rows[" + row + "]." + column(m.group(3), "measureKey"), f.message());
            }
            if (f.field().startsWith("table.")) {
                return new ClimateImportCheck.Finding("rows[2]." + f.field().substring(6), f.message());
            }
            return f;
        }

        private static String column(String field, String otherwise) {
            if (field == null) {
                return otherwise;
            }
            return COLUMN_OF.getOrDefault(field, field);
        }
    }

    private ClimateCsv() {
    }

    public static Result read(String text) throws IOException {
        CSVParser parser;
        char delimiter = text.lines().findFirst().orElse("").indexOf(';') >= 0 ? ';' : ',';
        parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(new StringReader(text));
        List<ClimateImportCheck.Finding> findings = new ArrayList<>();
        List<String> missing = COLUMNS.stream().filter(c -> List.of("year", "title", "measureKey", "category",
                "responsible", "measureText", "indicatorCode", "indicatorName", "target").contains(c))
                .filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the CSV header lacks " + String.join(", ", missing) + "; expected "
                    + String.join(String.valueOf(delimiter), COLUMNS));
        }
        Integer year = null;
        String title = null;
        Map<String, MeasureRows> measures = new LinkedHashMap<>();
        Map<String, Long> rowOf = new HashMap<>();
        for (CSVRecord r : parser) {
            long row = r.getRecordNumber() + 1;
            if (!r.isConsistent()) {
                findings.add(new ClimateImportCheck.Finding("rows[" + row + "]", "has " + r.size() + " fields; the header has "
                        + parser.getHeaderMap().size()));
                continue;
            }
            if (year == null) {
                try {
                    year = Integer.valueOf(get(r, "year"));
                } catch (NumberFormatException e) {
                    findings.add(new ClimateImportCheck.Finding("rows[" + row + "].year", "'" + get(r, "year")
                            + "' is not a year"));
                }
                title = get(r, "title");
            } else if (!String.valueOf(year).equals(get(r, "year")) || !title.equals(get(r, "title"))) {
                findings.add(new ClimateImportCheck.Finding("rows[" + row + "].title", "every row names the same year and "
                        + "title (one table per import)"));
            }
            String key = get(r, "measureKey");
            MeasureRows m = measures.computeIfAbsent(key == null ? "" : key, k -> new MeasureRows(row, r));
            if (m.firstRow == row) {
                rowOf.put("measures[" + (measures.size() - 1) + "]", row);
            }
            int measureIndex = new ArrayList<>(measures.keySet()).indexOf(key == null ? "" : key);
            rowOf.put("measures[" + measureIndex + "].indicators[" + m.indicators.size() + "]", row);
            Direction direction = null;
            String d = get(r, "direction");
            if (d != null) {
                try {
                    direction = Direction.valueOf(d);
                } catch (IllegalArgumentException e) {
                    findings.add(new ClimateImportCheck.Finding("rows[" + row + "].direction", "'" + d
                            + "' is not HIGHER_IS_BETTER or LOWER_IS_BETTER"));
                }
            }
            String types = get(r, "periodTypes");
            String points = get(r, "reportingPoints");
            m.indicators.add(new ClimateImport.Indicator(get(r, "indicatorCode"), get(r, "indicatorName"), get(r, "target"),
                    direction, words(types), words(points)));
        }
        List<ClimateImport.Measure> list = new ArrayList<>();
        for (MeasureRows m : measures.values()) {
            CSVRecord r = m.first;
            ClimateCategory category = null;
            String c = get(r, "category");
            if (c != null) {
                try {
                    category = ClimateCategory.valueOf(c);
                } catch (IllegalArgumentException e) {
                    findings.add(new ClimateImportCheck.Finding("rows[" + m.firstRow + "].category", "'" + c
                            + "' is not DIRECT_EMISSIONS, INDIRECT_EMISSIONS, ENERGY or CLIMATE_ADAPTATION"));
                }
            }
            BigDecimal effect = null;
            String e = get(r, "effectTonnesCo2e");
            if (e != null) {
                try {
                    effect = new BigDecimal(e.replace(" ", "").replace(',', '.'));
                } catch (NumberFormatException ex) {
                    findings.add(new ClimateImportCheck.Finding("rows[" + m.firstRow + "].effectTonnesCo2e", "'" + e
                            + "' is not a number of tonnes"));
                }
            }
            String responsible = get(r, "responsible");
            list.add(new ClimateImport.Measure(get(r, "measureKey"), get(r, "number"), category,
                    responsible == null ? List.of() : Arrays.asList(responsible.trim().split("\\s+")),
                    get(r, "measureText"), get(r, "note"), effect, null, null, m.indicators));
        }
        // a CSV with the first format's periodTypes column (and no reportingPoints) is read as that format
        boolean v1 = parser.getHeaderMap().containsKey("periodTypes") && !parser.getHeaderMap().containsKey("reportingPoints");
        return new Result(new ClimateImport(v1 ? ClimateImport.FORMAT_V1 : ClimateImport.FORMAT,
                new ClimateImport.Table(year, title, "CSV import"), list),
                findings, rowOf);
    }

    /** A cell of words separated by spaces ("Q1 T2 Y"), or null when empty. */
    private static List<String> words(String cell) {
        return cell == null ? null : Arrays.asList(cell.trim().split("\\s+"));
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static final class MeasureRows {
        final long firstRow;
        final CSVRecord first;
        final List<ClimateImport.Indicator> indicators = new ArrayList<>();

        MeasureRows(long firstRow, CSVRecord first) {
            this.firstRow = firstRow;
            this.first = first;
        }
    }
}
