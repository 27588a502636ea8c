package no.oslo.styring.budget.letter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

import no.oslo.styring.budget.frame.FrameService;
import no.oslo.styring.budget.letter.BudgetViews.AssumptionView;
import no.oslo.styring.budget.letter.BudgetViews.DistributionView;
import no.oslo.styring.budget.letter.BudgetViews.EarmarkedFundView;
import no.oslo.styring.budget.letter.BudgetViews.InvestmentView;
import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.UnitDirectory;

/** Imports of a letter's budget tables, and the frames, investments and distribution derived from them. */
@ApplicationScoped
public class BudgetImportService {

    /** The recipient code for "all units" in earmarked funds and assumptions. */
    static final String ALL_UNITS = "ALL";

    @Inject
    BudgetImportRepository imports;

    @Inject
    UnitDirectory units;

    @Inject
    FrameService frames;

    @Inject
    ObjectMapper json;

    /** Stored imports never change, so each is read from its JSON once (bounded in application.properties). */
    @CacheName("budget-import-documents")
    Cache documents;

    /** What an import stored. */
    public record Receipt(long id, int year, String title, int frames,
            @Schema(description = "How many frames got a new version (an identical re-import changes none)") int framesChanged,
            int investments, int districtRows, int earmarkedFunds, String importedBy, Instant importedAt) {
    }

    /**
     * Checks and stores a letter's budget tables. A table whose stated total disagrees with its rows, or a unit this
     * service does not know, refuses the whole import with a 422 problem naming each table, row and year; nothing is stored.
     */
    @Transactional
    public Receipt importLetter(BudgetImport in, String importedBy) {
        List<FieldError> errors = new ArrayList<>();
        for (ImportCheck.Finding f : ImportCheck.check(in)) {
            errors.add(new FieldError(f.field(), f.table() + ", " + f.row() + (f.year() == null ? "" : ", " + f.year()) + ": "
                    + f.message()));
        }
        errors.addAll(unknownUnits(in));
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "budget-import-refused", "Budget import refused",
                    errors.size() + " finding(s); nothing was stored", errors);
        }
        BudgetImportEntity entity = new BudgetImportEntity();
        entity.letterYear = in.letter().year();
        entity.letterTitle = in.letter().title();
        entity.document = write(in);
        entity.importedBy = importedBy;
        entity.importedAt = Instant.now();
        imports.persist(entity);
        int changed = 0;
        for (BudgetImport.FrameTable t : in.frames()) {
            changed += frames.recordFromImport(in.letter().year(), in.letter().title(), t.unit(), t.chapter(),
                    t.chapterName(), t.content(), entity.id, importedBy).changed() ? 1 : 0;
        }
        return receipt(entity, in, changed);
    }

    /**
     * Records the frames of every letter's latest import that are not recorded yet (imports made before frames had
     * versions); frames already recorded are left as they are. Returns how many frames were recorded.
     */
    @Transactional
    public int recordMissingFrames() {
        int recorded = 0;
        for (BudgetImportEntity entity : imports.latestOfEveryLetter()) {
            BudgetImport in = read(entity);
            for (BudgetImport.FrameTable t : in.frames()) {
                if (!frames.exists(in.letter().year(), t.unit(), t.chapter()) && units.find(t.unit()) != null) {
                    frames.recordFromImport(in.letter().year(), in.letter().title(), t.unit(), t.chapter(), t.chapterName(),
                            t.content(), entity.id, entity.importedBy);
                    recorded++;
                }
            }
        }
        return recorded;
    }

    public Receipt get(long id) {
        BudgetImportEntity entity = imports.findById(id);
        if (entity == null) {
            throw ProblemException.notFound("Budget import", id);
        }
        return receipt(entity, read(entity), frames.changedByImport(id));
    }

    /** Whether a letter has been imported (any version). */
    public boolean isImported(int year, String title) {
        return imports.count("letterYear = ?1 and letterTitle = ?2", year, title) > 0;
    }

    public List<InvestmentView> investments(int year, String unit) {
        return fromLatest(year, (letter, in) -> in.investments().stream().filter(t -> unit == null || unit.equals(t.unit()))
                .map(t -> InvestmentView.of(letter, t)).toList());
    }

    public List<DistributionView> distributions(int year) {
        return fromLatest(year, (letter, in) -> in.districtDistribution() == null
                ? List.<DistributionView>of()
                : List.of(DistributionView.of(letter, in.districtDistribution())));
    }

    /** Each bydel's share of the year's bydel distribution (driftsramme + økonomisk sosialhjelp), by unit code. */
    public Map<String, Long> districtShares(int year) {
        Map<String, Long> shares = new HashMap<>();
        for (DistributionView d : distributions(year)) {
            if (d.year() == year) {
                d.rows().forEach(r -> shares.merge(r.unit(), r.sum(), Long::sum));
            }
        }
        return shares;
    }

    /** Earmarked funds of the year; for a unit, those for it and those for all units. */
    public List<EarmarkedFundView> earmarkedFunds(int year, String unit) {
        return fromLatest(year, (letter, in) -> in.earmarkedFunds().stream()
                .filter(f -> unit == null || unit.equals(f.recipient()) || ALL_UNITS.equals(f.recipient()))
                .map(f -> EarmarkedFundView.of(letter, f)).toList());
    }

    /** Budget assumptions of the year; for a unit, those for it and those for all units. */
    public List<AssumptionView> assumptions(int year, String unit) {
        return fromLatest(year, (letter, in) -> in.assumptions().stream()
                .filter(a -> unit == null || unit.equals(a.unit()) || ALL_UNITS.equals(a.unit()))
                .map(a -> AssumptionView.of(letter, a)).toList());
    }

    /**
     * The points of the year each recipient of the year's letters owes a budget status at (the letter's
     * {@code statusPoints}). A unit no letter of the year is sent to is absent: nothing says what is asked of it.
     */
    public Map<String, ReportingPoints> statusPoints(int year) {
        Map<String, ReportingPoints> byUnit = new HashMap<>();
        for (BudgetImportEntity entity : imports.latestOfYear(year)) {
            BudgetImport.Letter letter = read(entity).letter();
            letter.recipients().forEach(unit -> byUnit.putIfAbsent(unit, letter.points()));
        }
        return byUnit;
    }

    private <T> List<T> fromLatest(int year, BiFunction<String, BudgetImport, List<T>> pick) {
        List<T> all = new ArrayList<>();
        for (BudgetImportEntity entity : imports.latestOfYear(year)) {
            all.addAll(pick.apply(entity.letterTitle, read(entity)));
        }
        return all;
    }

    private List<FieldError> unknownUnits(BudgetImport in) {
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < in.frames().size(); i++) {
            check(unknown, "frames[" + i + "].unit", in.frames().get(i).unit());
        }
        for (int i = 0; i < in.investments().size(); i++) {
            check(unknown, "investments[" + i + "].unit", in.investments().get(i).unit());
        }
        if (in.districtDistribution() != null) {
            var rows = in.districtDistribution().rows();
            for (int i = 0; i < rows.size(); i++) {
                check(unknown, "districtDistribution.rows[" + i + "].unit", rows.get(i).unit());
            }
        }
        for (int i = 0; i < in.earmarkedFunds().size(); i++) {
            String recipient = in.earmarkedFunds().get(i).recipient();
            if (!ALL_UNITS.equals(recipient)) {
                check(unknown, "earmarkedFunds[" + i + "].recipient", recipient);
            }
        }
        return unknown;
    }

    private void check(List<FieldError> unknown, String field, String unit) {
        if (units.find(unit) == null) {
            unknown.add(new FieldError(field, "unknown unit '" + unit + "'"));
        }
    }

    private Receipt receipt(BudgetImportEntity e, BudgetImport in, int framesChanged) {
        return new Receipt(e.id, e.letterYear, e.letterTitle, in.frames().size(), framesChanged, in.investments().size(),
                in.districtDistribution() == null ? 0 : in.districtDistribution().rows().size(), in.earmarkedFunds().size(),
                e.importedBy, e.importedAt);
    }

    private String write(BudgetImport in) {
        try {
            return json.writeValueAsString(in);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private BudgetImport read(BudgetImportEntity entity) {
        return documents.<Long, BudgetImport>get(entity.id, id -> parse(entity)).await().indefinitely();
    }

    private BudgetImport parse(BudgetImportEntity entity) {
        try {
            return json.readValue(entity.document, BudgetImport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import " + entity.id + " cannot be read", e);
        }
    }
}
