package no.oslo.styring.budget.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.oslo.styring.budget.frame.FrameService;
import no.oslo.styring.budget.frame.FrameViews.FrameLineView;
import no.oslo.styring.budget.frame.FrameViews.FrameView;
import no.oslo.styring.budget.frame.FrameViews.YearAmount;
import no.oslo.styring.budget.letter.BudgetImportService;
import no.oslo.styring.budget.letter.BudgetViews.InvestmentView;
import no.oslo.styring.platform.problem.ProblemException;

/** Publication of a year's budget lines as open data, and the package itself. */
@ApplicationScoped
public class OpenDataService {

    @Inject
    FrameService frames;

    @Inject
    BudgetImportService imports;

    /** What a publication says. */
    public record Publication(int year, Instant publishedAt, String publishedBy, String datapackage, int rows) {
    }

    /** Publishes the year (again: a no-op that keeps the first publication); 404 when the year has no budget lines. */
    @Transactional
    public Publication publish(int year, String by) {
        List<FiscalDataPackage.Line> lines = lines(year);
        if (lines.isEmpty()) {
            throw new ProblemException(404, "not-found", "Not found", "No budget lines for " + year + " to publish", null);
        }
        BudgetPublication p = BudgetPublication.findById(year);
        if (p == null) {
            p = new BudgetPublication();
            p.letterYear = year;
            p.publishedAt = Instant.now();
            p.publishedBy = by;
            p.persist();
        }
        return new Publication(year, p.publishedAt, p.publishedBy, path(year), lines.size());
    }

    public boolean isPublished(int year) {
        return BudgetPublication.findById(year) != null;
    }

    /** The package descriptor of a published year; 404 until it is published. */
    public Map<String, Object> descriptor(int year) {
        BudgetPublication p = requirePublished(year);
        return FiscalDataPackage.descriptor(year, p.publishedAt, lines(year).size());
    }

    /** The CSV of a published year; 404 until it is published. */
    public String csv(int year) {
        requirePublished(year);
        return FiscalDataPackage.csv(lines(year));
    }

    static String path(int year) {
        return "/api/v1/open-data/budget/" + year + "/datapackage.json";
    }

    private BudgetPublication requirePublished(int year) {
        BudgetPublication p = BudgetPublication.findById(year);
        if (p == null) {
            throw new ProblemException(404, "not-published", "Not published",
                    "The budget lines of " + year + " are not published as open data", null);
        }
        return p;
    }

    /** Every frame line (base and changes) and investment line of the year's letters, one row per fiscal year. */
    List<FiscalDataPackage.Line> lines(int year) {
        List<FiscalDataPackage.Line> rows = new ArrayList<>();
        for (FrameView f : frames.list(year, null, null)) {
            add(rows, f, "frame-base", f.base());
            f.lines().forEach(l -> add(rows, f, "frame-change", l));
        }
        for (InvestmentView inv : imports.investments(year, null)) {
            for (var project : inv.projects()) {
                for (var art : project.lines()) {
                    for (YearAmount a : art.amounts()) {
                        rows.add(new FiscalDataPackage.Line(year, inv.letter(), inv.unit(), null, "investment",
                                project.projectNumber(), art.art(), project.name(), null, a.year(), a.amount()));
                    }
                }
            }
        }
        return rows;
    }

    private static void add(List<FiscalDataPackage.Line> rows, FrameView f, String kind, FrameLineView line) {
        for (YearAmount a : line.amounts()) {
            rows.add(new FiscalDataPackage.Line(f.letterYear(), f.letter(), f.unit(), f.chapter(), kind, null, null,
                    line.text(), line.category(), a.year(), a.amount()));
        }
    }
}
