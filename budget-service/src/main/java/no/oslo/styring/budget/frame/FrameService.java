package no.oslo.styring.budget.frame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.smallrye.mutiny.infrastructure.Infrastructure;

import no.oslo.styring.budget.frame.FrameViews.FrameView;
import no.oslo.styring.budget.frame.FrameViews.VersionView;
import no.oslo.styring.budget.frame.FrameViews.YearAmount;
import no.oslo.styring.contract.BudgetFrameChangedV1;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.contract.YearAmountV1;
import no.oslo.styring.platform.concurrency.ETags;
import no.oslo.styring.platform.outbox.Outbox;
import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.UnitDirectory;

/**
 * Budget frames and their history. Every change is a new version, recorded with who, when and why, and published as
 * {@code budget.frame.changed} on {@code styring.budget.changes} in the same transaction.
 */
@ApplicationScoped
public class FrameService {

    @Inject
    FrameRepository frames;

    @Inject
    FrameVersionCache cache;

    @Inject
    UnitDirectory units;

    @Inject
    Outbox outbox;

    /** What a change of a frame gave: the new current view (the version is the ETag). */
    public record Recorded(FrameView frame, boolean changed) {
    }

    /** Creates a frame with its first version; 409 if the unit already has a frame for the chapter in that year. */
    @Transactional
    public FrameView create(FrameRequest.Create in, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (in.letterYear() == null || in.letterYear() < 2000 || in.letterYear() > 9999) {
            errors.add(new FieldError("letterYear", "must be a year between 2000 and 9999"));
        }
        required(errors, "letter", in.letter(), 300);
        required(errors, "unit", in.unit(), 12);
        required(errors, "chapter", in.chapter(), 20);
        required(errors, "reason", in.reason(), 500);
        List<Integer> years = in.yearsOrFromBase();
        FrameContent content = new FrameContent(years, FrameRequest.content(in.base(), years, "base", errors),
                FrameRequest.content(in.lines(), years, errors));
        errors.addAll(content.problems(""));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        units.require("unit", in.unit());
        if (frames.find(in.letterYear(), in.unit(), in.chapter()).isPresent()) {
            throw ProblemException.conflict("frame-exists", "Frame exists", "Unit " + in.unit() + " already has a frame "
                    + "for chapter " + in.chapter() + " in " + in.letterYear() + ": change that one");
        }
        BudgetFrame frame = newFrame(in.letterYear(), in.letter(), in.unit(), in.chapter(), in.chapterName(), years);
        return record(frame, content, in.reason().strip(), by, null).frame();
    }

    /**
     * Records the frame a letter's import states: a new frame, or a new version when its lines differ from the current
     * one; an identical import changes nothing. The import has been checked already.
     */
    @Transactional(TxType.MANDATORY)
    public Recorded recordFromImport(int letterYear, String letter, String unit, String chapter, String chapterName,
            FrameContent content, long importId, String by) {
        var existing = frames.findForUpdate(letterYear, unit, chapter);
        BudgetFrame frame = existing.orElseGet(() -> newFrame(letterYear, letter, unit, chapter, chapterName, content.years()));
        if (existing.isPresent()) {
            if (!FrameViews.years(frame).equals(content.years())) {
                throw ProblemException.invalidField("years", "frame " + unit + " " + chapter + " " + letterYear
                        + " covers " + FrameViews.years(frame) + ", the import " + content.years());
            }
            FrameContent current = frames.version(frame.id, frame.version).content(content.years());
            if (current.equals(content)) {
                return new Recorded(cache.view(frame.id, frame.version), false);
            }
        }
        return record(frame, content, letter, by, importId);
    }

    /**
     * Changes a frame: its lines as they are to be from now on. {@code ifMatch} must name the current version (428 without
     * it, 412 when someone changed the frame in between); nothing is stored then.
     */
    @Transactional
    public Recorded change(long id, FrameRequest.Change in, String ifMatch, String by) {
        BudgetFrame frame = frames.findForUpdate(id);
        if (frame == null) {
            throw ProblemException.notFound("Budget frame", id);
        }
        ETags.requireMatch(ifMatch, frame.version, "Budget frame " + id);
        List<FieldError> errors = new ArrayList<>();
        required(errors, "reason", in.reason(), 500);
        List<Integer> years = FrameViews.years(frame);
        FrameContent content = new FrameContent(years, FrameRequest.content(in.base(), years, "base", errors),
                FrameRequest.content(in.lines(), years, errors));
        errors.addAll(content.problems(""));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return record(frame, content, in.reason().strip(), by, null);
    }

    /** How many frames an import changed (or created): the versions recorded from it. */
    public int changedByImport(long importId) {
        return Math.toIntExact(frames.versionsOfImport(importId));
    }

    /** Whether the unit has a frame for the chapter in the letter year. */
    public boolean exists(int letterYear, String unit, String chapter) {
        return frames.find(letterYear, unit, chapter).isPresent();
    }

    /** A frame's current version and its view as JSON. */
    public record CurrentJson(int version, byte[] json) {
    }

    /**
     * The frame as it is now, as the API writes it. Its current version is one row, read without blocking; the JSON of that
     * version comes from memory on the same thread. Only a version not written before is built on a worker thread.
     */
    public CompletionStage<CurrentJson> currentJson(long id) {
        return frames.currentVersionNonBlocking(id).thenCompose(version -> {
            if (version == null) {
                return CompletableFuture.failedFuture(ProblemException.notFound("Budget frame", id));
            }
            byte[] json = cache.cachedJson(id, version);
            if (json != null) {
                return CompletableFuture.completedFuture(new CurrentJson(version, json));
            }
            return CompletableFuture.supplyAsync(() -> new CurrentJson(version, cache.json(id, version)),
                    Infrastructure.getDefaultWorkerPool());
        });
    }

    /**
     * The frame as it was at {@code asOf}, as the API writes it (the JSON of that version, written once); 404 if it did not
     * exist yet. Blocks: call it on a worker thread.
     */
    @ActivateRequestContext
    public byte[] asOfJson(long id, Instant asOf) {
        if (frames.findById(id) == null) {
            throw ProblemException.notFound("Budget frame", id);
        }
        BudgetFrameVersion v = frames.versionAsOf(id, asOf);
        if (v == null) {
            throw new ProblemException(404, "not-found", "Not found",
                    "Budget frame '" + id + "' did not exist yet at " + asOf, null);
        }
        return cache.json(id, v.version);
    }

    /** The frames of a letter year (of one unit, or all), as they are now or were at {@code asOf}. */
    public List<FrameView> list(int letterYear, String unit, Instant asOf) {
        List<FrameView> views = new ArrayList<>();
        for (BudgetFrame f : frames.ofYear(letterYear, unit)) {
            if (asOf == null) {
                views.add(cache.view(f.id, f.version));
            } else {
                BudgetFrameVersion v = frames.versionAsOf(f.id, asOf);
                if (v != null) {
                    views.add(cache.view(f.id, v.version));
                }
            }
        }
        return views;
    }

    /** Every version of a frame, oldest first, each with its frame and the change from the version before. */
    public List<VersionView> history(long id) {
        BudgetFrame frame = frames.findById(id);
        if (frame == null) {
            throw ProblemException.notFound("Budget frame", id);
        }
        List<Integer> years = FrameViews.years(frame);
        List<VersionView> history = new ArrayList<>();
        List<Long> previous = null;
        for (BudgetFrameVersion v : frames.versions(id)) {
            List<Long> frameOf = v.content(years).frame();
            history.add(new VersionView(v.version, v.recordedAt, v.recordedBy, v.reason, v.importId,
                    YearAmount.of(years, frameOf), YearAmount.of(years, delta(frameOf, previous))));
            previous = frameOf;
        }
        return history;
    }

    /** Each unit's frame for {@code year} in the letter of that year, summed over its chapters (units without any absent). */
    public Map<String, Long> framesOfYear(int year) {
        return framesOfYear(year, null);
    }

    /** One unit's frame for {@code year} in the letter of that year, summed over its chapters; null if it has none. */
    public Long frameOf(String unit, int year) {
        return framesOfYear(year, unit).get(unit);
    }

    private Map<String, Long> framesOfYear(int year, String unit) {
        Map<String, Long> byUnit = new HashMap<>();
        for (Object[] row : frames.currentOfYear(year, unit)) {
            BudgetFrame f = (BudgetFrame) row[0];
            Long amount = ((BudgetFrameVersion) row[1]).content(FrameViews.years(f)).frameOf(year);
            if (amount != null) {
                byUnit.merge(f.unitCode, amount, Long::sum);
            }
        }
        return byUnit;
    }

    private BudgetFrame newFrame(int letterYear, String letter, String unit, String chapter, String chapterName,
            List<Integer> years) {
        BudgetFrame frame = new BudgetFrame();
        frame.letterYear = letterYear;
        frame.letterTitle = letter;
        frame.unitCode = unit;
        frame.chapter = chapter;
        frame.chapterName = chapterName;
        frame.years = years.stream().mapToInt(Integer::intValue).toArray();
        frame.version = 0;
        frames.persist(frame);
        return frame;
    }

    private Recorded record(BudgetFrame frame, FrameContent content, String reason, String by, Long importId) {
        List<Integer> years = content.years();
        List<Long> previous = frame.version == 0 ? null : frames.version(frame.id, frame.version).content(years).frame();
        BudgetFrameVersion v = new BudgetFrameVersion();
        v.frameId = frame.id;
        v.version = frame.version + 1;
        v.recordedAt = Instant.now();
        v.recordedBy = by;
        v.reason = reason;
        v.importId = importId;
        List<FrameContent.Line> lines = new ArrayList<>();
        lines.add(content.base());
        lines.addAll(content.lines());
        v.lines = lines;
        frames.getEntityManager().persist(v);
        frame.version = v.version;

        List<Long> frameOf = content.frame();
        outbox.publish(Topics.BUDGET_CHANGES, frame.unitCode, EventTypes.BUDGET_FRAME_CHANGED, frame.unitCode,
                new BudgetFrameChangedV1(frame.id, frame.unitCode, frame.chapter, frame.letterYear, v.version, v.recordedAt,
                        by, reason, amounts(years, frameOf), amounts(years, content.changeFromBase()),
                        amounts(years, delta(frameOf, previous))));
        return new Recorded(FrameView.of(frame, v), true);
    }

    private static List<Long> delta(List<Long> frame, List<Long> previous) {
        return previous == null
                ? frame
                : IntStream.range(0, frame.size()).mapToObj(i -> frame.get(i) - previous.get(i)).toList();
    }

    private static List<YearAmountV1> amounts(List<Integer> years, List<Long> amounts) {
        return IntStream.range(0, years.size()).mapToObj(i -> new YearAmountV1(years.get(i), amounts.get(i))).toList();
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
