package no.oslo.styring.climate.measure;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.UnitDirectory;

/** Imports of climate-budget reporting tables, as JSON or CSV. */
@ApplicationScoped
public class ClimateImportService {

    @Inject
    ClimateRepository climate;

    @Inject
    UnitDirectory units;

    @Inject
    ObjectMapper json;

    /** What an import stored. */
    @Schema(name = "ClimateImportReceipt")
    public record Receipt(long tableId, int year, String title, int measures, int indicators,
            @Schema(description = "Budget lines found among the frames the budget-service published") int budgetLinesChecked,
            @Schema(description = "Budget lines not (yet) published by the budget-service") int budgetLinesNotKnownYet,
            @Schema(description = "Related indicators the indicator-service has published") int relatedIndicatorsChecked,
            @Schema(description = "Related indicators not (yet) published by the indicator-service") int relatedIndicatorsNotKnownYet,
            boolean updated, String importedBy, Instant importedAt) {
    }

    /** Imports a table sent as CSV; findings name the CSV row and column. */
    @Transactional
    public Receipt importCsv(String csv, String importedBy) {
        ClimateCsv.Result read;
        try {
            read = ClimateCsv.read(csv);
        } catch (IllegalArgumentException | IOException e) {
            throw ProblemException.invalidField("body", e.getMessage());
        }
        List<FieldError> errors = new ArrayList<>();
        read.findings().forEach(f -> errors.add(new FieldError(f.field(), f.message())));
        if (errors.isEmpty()) {
            checks(read.in()).forEach(f -> {
                var csvField = read.toCsv(new ClimateImportCheck.Finding(f.field(), f.message()));
                errors.add(new FieldError(csvField.field(), csvField.message()));
            });
        }
        refuseIf(errors);
        return store(read.in(), importedBy);
    }

    /** Imports a table sent as JSON; any finding refuses it as a whole (422, each naming its field). */
    @Transactional
    public Receipt importJson(ClimateImport in, String importedBy) {
        refuseIf(checks(in));
        return store(in, importedBy);
    }

    public boolean isImported(int year, String title) {
        return climate.table(year, title).isPresent();
    }

    public Receipt get(long id) {
        ClimateTable table = climate.table(id);
        if (table == null) {
            throw ProblemException.notFound("Climate import", id);
        }
        List<ClimateMeasure> measures = climate.measuresOf(table.id);
        int indicators = (int) climate.indicators(table.year).stream()
                .filter(i -> measures.stream().anyMatch(m -> m.id == i.measureId)).count();
        return new Receipt(table.id, table.year, table.title, measures.size(), indicators, 0, 0, 0, 0, false,
                table.importedBy, table.importedAt);
    }

    private List<FieldError> checks(ClimateImport in) {
        List<FieldError> errors = new ArrayList<>();
        ClimateImportCheck.check(in).forEach(f -> errors.add(new FieldError(f.field(), f.message())));
        if (!errors.isEmpty()) {
            return errors;
        }
        ClimateTable existing = climate.table(in.table().year(), in.table().title()).orElse(null);
        Map<String, Long> keyOwners = new HashMap<>();
        Map<Long, Long> tableOfMeasure = new HashMap<>();
        for (ClimateMeasure m : climate.measures(in.table().year())) {
            keyOwners.put(m.key, m.tableId);
            tableOfMeasure.put(m.id, m.tableId);
        }
        Map<String, Long> codeOwners = new HashMap<>();
        climate.indicators(in.table().year()).forEach(i -> codeOwners.put(i.code, tableOfMeasure.get(i.measureId)));
        for (int m = 0; m < in.measures().size(); m++) {
            ClimateImport.Measure measure = in.measures().get(m);
            Long owner = keyOwners.get(measure.key());
            if (owner != null && (existing == null || !owner.equals(existing.id))) {
                errors.add(new FieldError("measures[" + m + "].key", "measure '" + measure.key()
                        + "' belongs to another climate table of " + in.table().year()));
            }
            for (int u = 0; u < measure.responsible().size(); u++) {
                String code = measure.responsible().get(u);
                if (!ClimateImport.ALL_UNITS.equals(code) && units.find(code) == null) {
                    errors.add(new FieldError("measures[" + m + "].responsible[" + u + "]", "unknown unit '" + code + "'"));
                }
            }
            for (int i = 0; i < measure.indicators().size(); i++) {
                String code = measure.indicators().get(i).code();
                Long codeOwner = codeOwners.get(code);
                if (codeOwner != null && (existing == null || !codeOwner.equals(existing.id))) {
                    errors.add(new FieldError("measures[" + m + "].indicators[" + i + "].code", "indicator '" + code
                            + "' belongs to another climate table of " + in.table().year()));
                }
            }
        }
        return errors;
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "climate-import-refused", "Climate import refused",
                    errors.size() + " finding(s); nothing was stored", errors);
        }
    }

    private Receipt store(ClimateImport asImported, String importedBy) {
        ClimateImport in = asImported.normalized();
        ClimateTable table = climate.table(in.table().year(), in.table().title()).orElse(null);
        boolean updated = table != null;
        if (table == null) {
            table = new ClimateTable();
            table.year = in.table().year();
            table.title = in.table().title();
        } else {
            climate.deleteMeasuresOf(table.id);
        }
        table.source = in.table().source();
        table.document = write(in);
        table.importedBy = importedBy;
        table.importedAt = Instant.now();
        if (!updated) {
            climate.persist(table);
        }
        int indicators = 0;
        int checked = 0;
        int notKnown = 0;
        int indicatorsChecked = 0;
        int indicatorsNotKnown = 0;
        for (int p = 0; p < in.measures().size(); p++) {
            ClimateImport.Measure m = in.measures().get(p);
            ClimateMeasure e = new ClimateMeasure();
            e.tableId = table.id;
            e.year = table.year;
            e.key = m.key();
            e.number = m.number();
            e.category = m.category();
            e.responsible = List.copyOf(m.responsible());
            e.text = m.text().strip();
            e.note = m.note() == null || m.note().isBlank() ? null : m.note().strip();
            e.effectTonnesCo2e = m.effectTonnesCo2e();
            if (m.budgetLine() != null) {
                e.budgetUnit = m.budgetLine().unit();
                e.budgetChapter = m.budgetLine().chapter();
                if (climate.isKnownBudgetLine(e.budgetUnit, e.budgetChapter, table.year)) {
                    checked++;
                } else {
                    notKnown++;
                }
            }
            e.relatedIndicator = m.relatedIndicator();
            if (e.relatedIndicator != null) {
                if (climate.isKnownIndicator(e.relatedIndicator, table.year)) {
                    indicatorsChecked++;
                } else {
                    indicatorsNotKnown++;
                }
            }
            e.position = p;
            climate.persist(e);
            for (int i = 0; i < m.indicators().size(); i++) {
                ClimateImport.Indicator ind = m.indicators().get(i);
                ClimateIndicator ci = new ClimateIndicator();
                ci.measureId = e.id;
                ci.year = table.year;
                ci.code = ind.code();
                ci.name = ind.name().strip();
                ci.target = ind.target().strip();
                ci.direction = ind.direction();
                ci.reportingPoints = List.copyOf(ind.reportingPoints());
                ci.position = i;
                climate.persist(ci);
                indicators++;
            }
        }
        return new Receipt(table.id, table.year, table.title, in.measures().size(), indicators, checked, notKnown,
                indicatorsChecked, indicatorsNotKnown, updated, importedBy, table.importedAt);
    }

    private String write(ClimateImport in) {
        try {
            return json.writeValueAsString(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the import cannot be written as JSON", e);
        }
    }
}
