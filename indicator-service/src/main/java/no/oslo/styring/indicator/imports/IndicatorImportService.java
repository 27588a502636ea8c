package no.oslo.styring.indicator.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.oslo.styring.indicator.goal.GoalEntity;
import no.oslo.styring.indicator.goal.GoalRepository;
import no.oslo.styring.indicator.goal.TiltakEntity;
import no.oslo.styring.indicator.indicator.IndicatorChanges;
import no.oslo.styring.indicator.indicator.IndicatorEntity;
import no.oslo.styring.indicator.indicator.IndicatorRepository;
import no.oslo.styring.indicator.letter.Footnotes;
import no.oslo.styring.indicator.letter.ImportCheck;
import no.oslo.styring.indicator.letter.IndicatorImport;
import no.oslo.styring.indicator.letter.IndicatorLetter;
import no.oslo.styring.indicator.letter.LetterRepository;
import no.oslo.styring.indicator.letter.ValueFormat;
import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.UnitDirectory;

/** Imports of a letter's section 4.1: goals, tiltak and indicators with history and targets. */
@ApplicationScoped
public class IndicatorImportService {

    @Inject
    LetterRepository letters;

    @Inject
    GoalRepository goals;

    @Inject
    IndicatorRepository indicators;

    @Inject
    UnitDirectory units;

    @Inject
    ObjectMapper json;

    @Inject
    IndicatorChanges changes;

    /** What an import stored. */
    @Schema(name = "IndicatorImportReceipt")
    public record Receipt(long letterId, int year, String title, List<String> units, int goals, int tiltak, int indicators,
            @Schema(description = "Rows printed twice in the letter and imported once") int duplicateRows,
            @Schema(description = "True when the letter had been imported before and was updated") boolean updated,
            String importedBy, Instant importedAt) {
    }

    /**
     * Checks and stores a letter's goals, tiltak and indicators. Any finding refuses the whole import with a 422 problem
     * naming each field; nothing is stored. A letter imported before (same year and title) is updated in place.
     */
    @Transactional
    public Receipt importLetter(IndicatorImport in, String importedBy) {
        List<FieldError> errors = new ArrayList<>();
        ImportCheck.check(in).forEach(f -> errors.add(new FieldError(f.field(), f.message())));
        if (in.letter() != null) {
            for (int u = 0; u < in.letter().units().size(); u++) {
                String code = in.letter().units().get(u);
                if (code != null && ImportCheck.UNIT.matcher(code).matches() && units.find(code) == null) {
                    errors.add(new FieldError("letter.units[" + u + "]", "unknown unit '" + code + "'"));
                }
            }
        }
        IndicatorLetter letter = errors.isEmpty() ? letters.find(in.letter().year(), in.letter().title()).orElse(null) : null;
        if (errors.isEmpty()) {
            errors.addAll(codesOfOtherLetters(in, letter));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "indicator-import-refused", "Indicator import refused",
                    errors.size() + " finding(s); nothing was stored", errors);
        }
        in = in.normalized();
        boolean updated = letter != null;
        List<String> unitsBefore = updated ? List.copyOf(letter.units) : List.of();
        if (letter == null) {
            letter = new IndicatorLetter();
            letter.year = in.letter().year();
            letter.title = in.letter().title();
        }
        letter.units = List.copyOf(in.letter().units());
        letter.document = write(in);
        letter.footnotes = List.copyOf(in.footnotes());
        letter.importedBy = importedBy;
        letter.importedAt = Instant.now();
        if (!updated) {
            letters.persist(letter);
        } else {
            goals.deleteGoalsOf(letter.id);
        }
        for (int g = 0; g < in.goals().size(); g++) {
            IndicatorImport.Goal goal = in.goals().get(g);
            GoalEntity e = new GoalEntity();
            e.letterId = letter.id;
            e.key = goal.key();
            e.level = goal.level();
            e.code = goal.code().strip();
            e.title = goal.title() == null ? "" : goal.title().strip();
            e.parentKey = goal.parent();
            e.position = g;
            goals.persist(e);
        }
        List<IndicatorImport.Tiltak> distinctTiltak = ImportCheck.distinctTiltak(in);
        storeTiltak(letter.id, distinctTiltak);
        List<IndicatorImport.Indicator> distinctIndicators = ImportCheck.distinctIndicators(in);
        storeIndicators(letter, unitsBefore, distinctIndicators, in.table());
        int duplicates = in.tiltak().size() - distinctTiltak.size() + in.indicators().size() - distinctIndicators.size();
        return new Receipt(letter.id, letter.year, letter.title, letter.units, in.goals().size(), distinctTiltak.size(),
                distinctIndicators.size(), duplicates, updated, importedBy, letter.importedAt);
    }

    public boolean isImported(int year, String title) {
        return letters.find(year, title).isPresent();
    }

    public Receipt get(long id) {
        IndicatorLetter letter = letters.findById(id);
        if (letter == null) {
            throw ProblemException.notFound("Indicator import", id);
        }
        List<Long> ids = List.of(letter.id);
        int tiltak = (int) goals.tiltakOf(ids).stream().filter(t -> t.inLetter).count();
        int inds = (int) indicators.ofLetters(ids).stream().filter(i -> i.inLetter).count();
        return new Receipt(letter.id, letter.year, letter.title, letter.units, goals.goalsOf(ids).size(), tiltak, inds, 0,
                false, letter.importedBy, letter.importedAt);
    }

    /** An indicator code is unique within a year: a code another letter of the year owns is refused. */
    private List<FieldError> codesOfOtherLetters(IndicatorImport in, IndicatorLetter letter) {
        Map<String, IndicatorEntity> ofYear = indicators.ofYear(in.letter().year()).stream()
                .collect(Collectors.toMap(i -> i.code, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < in.indicators().size(); i++) {
            IndicatorEntity existing = ofYear.get(in.indicators().get(i).code());
            if (existing != null && (letter == null || existing.letterId != letter.id)) {
                errors.add(new FieldError("indicators[" + i + "].code", "indicator code '" + existing.code
                        + "' already belongs to another letter of " + existing.year));
            }
        }
        return errors;
    }

    private void storeTiltak(long letterId, List<IndicatorImport.Tiltak> in) {
        Map<String, TiltakEntity> existing = new HashMap<>();
        goals.tiltakOf(List.of(letterId)).forEach(t -> existing.put(t.key, t));
        for (int p = 0; p < in.size(); p++) {
            IndicatorImport.Tiltak t = in.get(p);
            TiltakEntity e = existing.remove(t.key());
            boolean isNew = e == null;
            if (isNew) {
                e = new TiltakEntity();
                e.letterId = letterId;
                e.key = t.key();
            }
            e.goalKey = t.goal();
            e.number = t.number();
            e.text = t.text().strip();
            e.explanation = blankToNull(t.explanation());
            e.withdrawn = blankToNull(t.withdrawn());
            e.position = p;
            e.inLetter = true;
            if (isNew) {
                goals.persist(e);
            }
        }
        existing.values().forEach(e -> e.inLetter = false);
    }

    private void storeIndicators(IndicatorLetter letter, List<String> unitsBefore, List<IndicatorImport.Indicator> in,
            Footnotes table) {
        Map<String, IndicatorEntity> existing = new HashMap<>();
        indicators.ofLetters(List.of(letter.id)).forEach(i -> existing.put(i.code, i));
        for (int p = 0; p < in.size(); p++) {
            IndicatorImport.Indicator i = in.get(p);
            IndicatorEntity e = existing.remove(i.code());
            boolean isNew = e == null;
            List<Object> before = isNew ? null : IndicatorChanges.content(e, unitsBefore);
            if (isNew) {
                e = new IndicatorEntity();
                e.letterId = letter.id;
                e.year = letter.year;
                e.code = i.code();
            }
            e.goalKey = i.goal();
            e.name = i.name().strip();
            ValueFormat format = i.format();
            e.unitOfMeasure = format.unitOfMeasure();
            e.valueKind = format.kind();
            e.decimals = format.decimals();
            e.inferred = List.copyOf(i.inferred());
            e.direction = i.direction();
            e.reportingPoints = List.copyOf(i.reportingPoints());
            e.nameMark = table.markOf(e.name).orElse(null);
            e.history = i.history().stream().map(h -> IndicatorImport.marked(h, table)).toList();
            e.targets = i.targets().stream().map(t -> t.resolved(table)).toList();
            e.historyScope = i.historyScope() != null
                    ? i.historyScope()
                    : letter.units.size() == 1 ? IndicatorImport.HistoryScope.UNIT : IndicatorImport.HistoryScope.CITY;
            e.unitTargets = i.unitTargets().stream()
                    .map(t -> new IndicatorImport.UnitTarget(t.unit(), t.year(), table.targetOf(t.target()))).toList();
            e.unitHistory = List.copyOf(i.unitHistory());
            e.position = p;
            e.inLetter = true;
            if (isNew) {
                indicators.persist(e);
            }
            if (isNew || !before.equals(IndicatorChanges.content(e, letter.units))) {
                changes.publish(letter, e);
            }
        }
        for (IndicatorEntity e : existing.values()) {
            if (e.inLetter) {
                e.inLetter = false;
                changes.publish(letter, e);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String write(IndicatorImport in) {
        try {
            return json.writeValueAsString(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the import cannot be written as JSON", e);
        }
    }
}
