package no.oslo.styring.budget.letter;

import java.util.ArrayList;
import java.util.List;

import no.oslo.styring.budget.frame.FrameContent;
import no.oslo.styring.budget.letter.BudgetImport.DistrictDistribution;
import no.oslo.styring.budget.letter.BudgetImport.FrameTable;
import no.oslo.styring.budget.letter.BudgetImport.InvestmentTable;
import no.oslo.styring.budget.letter.BudgetImport.Project;
import no.oslo.styring.budget.letter.BudgetImport.Row;
import no.oslo.styring.platform.period.ReportingPoints;

/**
 * Checks a budget import the way a careful reader checks the letter: every table's shape (one amount per year column) and
 * every stated total against the total derived from its rows. Each finding names the table, the row and the year, so that
 * an import off by one krone is refused with an answer that says where.
 */
public final class ImportCheck {

    /**
     * One finding.
     *
     * @param field the JSON path of the offending value, e.g. {@code frames[0].statedTotal.amounts[2]}
     * @param table the table as the letter names it, e.g. {@code Kap. 314 HEL}
     * @param row the row's label
     * @param year the year column, or null
     */
    public record Finding(String field, String table, String row, Integer year, String message) {
    }

    private final List<Finding> findings = new ArrayList<>();

    private ImportCheck() {
    }

    /** Every finding; an empty list means the import adds up. */
    public static List<Finding> check(BudgetImport in) {
        ImportCheck check = new ImportCheck();
        if (!BudgetImport.FORMAT.equals(in.format())) {
            check.add("format", "-", "-", null, "must be \"" + BudgetImport.FORMAT + "\", was " + quote(in.format()));
        }
        if (in.letter() == null) {
            check.add("letter", "-", "-", null, "is required");
        } else if (in.letter().statusPoints() != null) {
            ReportingPoints.problemsOf(in.letter().statusPoints())
                    .forEach(p -> check.add("letter.statusPoints[" + p.index() + "]", "-", "-", null, p.message()));
        }
        for (int t = 0; t < in.frames().size(); t++) {
            check.frame("frames[" + t + "]", in.frames().get(t));
        }
        for (int t = 0; t < in.investments().size(); t++) {
            check.investment("investments[" + t + "]", in.investments().get(t));
        }
        if (in.districtDistribution() != null) {
            check.district("districtDistribution", in.districtDistribution());
        }
        if (in.earmarkedFundsStatedTotal() != null) {
            long sum = in.earmarkedFunds().stream().mapToLong(BudgetImport.EarmarkedFund::amount).sum();
            if (sum != in.earmarkedFundsStatedTotal().amount()) {
                check.add("earmarkedFundsStatedTotal.amount", "Øremerkede midler", in.earmarkedFundsStatedTotal().text(), null,
                        stated(in.earmarkedFundsStatedTotal().amount(), sum));
            }
        }
        return List.copyOf(check.findings);
    }

    private void frame(String path, FrameTable table) {
        String name = table.heading() != null ? table.heading() : "Kap. " + table.chapter() + " " + table.unit();
        if (!shape(path, name, table.years(), table.base(), "base")) {
            return;
        }
        boolean rowsOk = true;
        for (int l = 0; l < table.lines().size(); l++) {
            rowsOk &= shape(path, name, table.years(), table.lines().get(l), "lines[" + l + "]");
        }
        if (!rowsOk || !shape(path, name, table.years(), table.statedTotal(), "statedTotal")) {
            return;
        }
        FrameContent content = table.content();
        for (int i = 0; i < table.years().size(); i++) {
            long derived = content.frame(i);
            long stated = table.statedTotal().amounts().get(i);
            if (derived != stated) {
                add(path + ".statedTotal.amounts[" + i + "]", name, table.statedTotal().text(), table.years().get(i),
                        stated(stated, derived));
            }
        }
        Row change = table.statedChangeFromBase();
        if (change != null && shape(path, name, table.years(), change, "statedChangeFromBase")) {
            for (int i = 0; i < table.years().size(); i++) {
                long derived = content.changeFromBase(i);
                long stated = change.amounts().get(i);
                if (derived != stated) {
                    add(path + ".statedChangeFromBase.amounts[" + i + "]", name, change.text(), table.years().get(i),
                            stated(stated, derived));
                }
            }
        }
    }

    private void investment(String path, InvestmentTable table) {
        String name = table.title() != null ? table.title() : "Investeringer " + table.unit();
        if (table.projects() == null) {
            add(path + ".projects", name, null, null, "is required: the table's projects, each with its lines");
            return;
        }
        boolean ok = true;
        for (int p = 0; p < table.projects().size(); p++) {
            Project project = table.projects().get(p);
            String projectPath = path + ".projects[" + p + "]";
            if (project.lines() == null) {
                add(projectPath + ".lines", name, project.name(), null, "is required: the project's lines");
                ok = false;
                continue;
            }
            for (int l = 0; l < project.lines().size(); l++) {
                var line = project.lines().get(l);
                ok &= shape(projectPath, name, table.years(), new Row(project.name() + " " + line.art(), null, line.amounts()),
                        "lines[" + l + "]");
            }
            if (ok && project.statedTotal() != null
                    && shape(projectPath, name, table.years(), project.statedTotal(), "statedTotal")) {
                for (int i = 0; i < table.years().size(); i++) {
                    long stated = project.statedTotal().amounts().get(i);
                    if (project.total(i) != stated) {
                        add(projectPath + ".statedTotal.amounts[" + i + "]", name, label(project), table.years().get(i),
                                stated(stated, project.total(i)));
                    }
                }
            }
        }
        if (ok && shape(path, name, table.years(), table.statedTotals(), "statedTotals")) {
            for (int i = 0; i < table.years().size(); i++) {
                long stated = table.statedTotals().amounts().get(i);
                if (table.total(i) != stated) {
                    add(path + ".statedTotals.amounts[" + i + "]", name, table.statedTotals().text(), table.years().get(i),
                            stated(stated, table.total(i)));
                }
            }
        }
    }

    private void district(String path, DistrictDistribution table) {
        String name = table.title() != null ? table.title() : "Bydelsfordelt ramme " + table.year();
        if (table.footnoteMark() != null && (table.footnote() == null || table.footnote().isBlank())) {
            add(path + ".footnote", name, "footnote", table.year(), "is required with footnoteMark '"
                    + table.footnoteMark() + "': the footnote's text");
        }
        for (int r = 0; r < table.rows().size(); r++) {
            var row = table.rows().get(r);
            if (row.sum() != row.statedSum()) {
                add(path + ".rows[" + r + "].statedSum", name, row.name(), table.year(), stated(row.statedSum(), row.sum()));
            }
        }
        var totals = table.statedTotals();
        if (totals == null) {
            add(path + ".statedTotals", name, "Sum", table.year(), "is required");
            return;
        }
        if (totals.driftsramme() != table.driftsramme()) {
            add(path + ".statedTotals.driftsramme", name, totals.text() + " driftsramme", table.year(),
                    stated(totals.driftsramme(), table.driftsramme()));
        }
        if (totals.okonomiskSosialhjelp() != table.okonomiskSosialhjelp()) {
            add(path + ".statedTotals.okonomiskSosialhjelp", name, totals.text() + " økonomisk sosialhjelp", table.year(),
                    stated(totals.okonomiskSosialhjelp(), table.okonomiskSosialhjelp()));
        }
        if (totals.sum() != table.sum()) {
            add(path + ".statedTotals.sum", name, totals.text(), table.year(), stated(totals.sum(), table.sum()));
        }
    }

    /** One amount per year column; reports and returns false otherwise. */
    private boolean shape(String path, String table, List<Integer> years, Row row, String rowPath) {
        if (years == null || years.isEmpty()) {
            add(path + ".years", table, "-", null, "is required: the table's year columns");
            return false;
        }
        if (row == null || row.amounts() == null) {
            add(path + "." + rowPath, table, rowPath, null, "is required");
            return false;
        }
        if (row.amounts().size() != years.size()) {
            add(path + "." + rowPath + ".amounts", table, row.text(), null,
                    "has " + row.amounts().size() + " amounts for " + years.size() + " year columns " + years);
            return false;
        }
        for (int i = 0; i < row.amounts().size(); i++) {
            if (row.amounts().get(i) == null) {
                add(path + "." + rowPath + ".amounts[" + i + "]", table, row.text(), years.get(i), "is required (0 for none)");
                return false;
            }
        }
        return true;
    }

    private void add(String field, String table, String row, Integer year, String message) {
        findings.add(new Finding(field, table, row, year, message));
    }

    private static String label(Project project) {
        return (project.projectNumber() == null ? "" : project.projectNumber() + " ") + project.name();
    }

    private static String stated(long stated, long derived) {
        return "the letter states " + stated + ", the rows add up to " + derived + " (difference " + (stated - derived) + ")";
    }

    private static String quote(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }
}
