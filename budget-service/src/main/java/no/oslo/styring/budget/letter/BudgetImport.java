package no.oslo.styring.budget.letter;

import java.util.List;

import no.oslo.styring.budget.frame.FrameContent;
import no.oslo.styring.platform.period.ReportingPoints;

/**
 * A letter's budget tables in the documented import format {@code styring.budget-import.v1}
 * (budget-service/src/main/resources/fixtures/README.md). Amounts are exact integers in the letter's unit (1 000 kr); the
 * stated totals are checked by {@link ImportCheck} against the totals derived from the rows.
 */
public record BudgetImport(
        String format,
        Letter letter,
        List<FrameTable> frames,
        List<InvestmentTable> investments,
        DistrictDistribution districtDistribution,
        List<EarmarkedFund> earmarkedFunds,
        StatedAmount earmarkedFundsStatedTotal,
        List<Assumption> assumptions) {

    public static final String FORMAT = "styring.budget-import.v1";

    public BudgetImport {
        frames = frames == null ? List.of() : frames;
        investments = investments == null ? List.of() : investments;
        earmarkedFunds = earmarkedFunds == null ? List.of() : earmarkedFunds;
        assumptions = assumptions == null ? List.of() : assumptions;
    }

    /**
     * The letter's head. {@code statusPoints}: the points of the year the letter asks each recipient for a budget status
     * (Helseetaten 2025: {@code ["Q1", "T2", "Y", "M05"]}); left out, a budget status is asked for in every period, as
     * before the field existed.
     */
    public record Letter(int year, String title, List<String> recipients, String amountUnit, String date, String reference,
            List<String> statusPoints) {

        /** The points a budget status is due at. */
        public ReportingPoints points() {
            return statusPoints == null || statusPoints.isEmpty()
                    ? ReportingPoints.EVERY_PERIOD
                    : new ReportingPoints(statusPoints);
        }
    }

    /** A labelled row of amounts, one per year column. */
    public record Row(String text, String category, List<Long> amounts) {
    }

    /** A frame table of one unit and chapter: base line, change lines, the stated frame and change from the base. */
    public record FrameTable(String unit, String chapter, String chapterName, String heading, String caption,
            List<Integer> years,
            Row base, List<Row> lines, Row statedTotal, Row statedChangeFromBase) {

        /** The table's base and change lines as a frame's content (which derives the frame and change from base). */
        public FrameContent content() {
            return new FrameContent(years, line(base), lines.stream().map(FrameTable::line).toList());
        }

        private static FrameContent.Line line(Row row) {
            return new FrameContent.Line(row.text(), row.category(), row.amounts());
        }
    }

    public record InvestmentTable(String unit, String chapter, String title, String heading, List<Integer> years,
            List<Project> projects, Row statedTotals) {

        /** The investment frame of year column {@code i}: every project's every line. */
        public long total(int i) {
            return projects.stream().mapToLong(p -> p.total(i)).sum();
        }
    }

    public record Project(String projectNumber, String name, List<ArtLine> lines, Row statedTotal) {

        public long total(int i) {
            return lines.stream().mapToLong(l -> l.amounts().get(i)).sum();
        }
    }

    /** One row of a project: the amounts of one art (e.g. 2300, 4290). */
    public record ArtLine(String art, List<Long> amounts) {
    }

    /**
     * @param footnoteMark the mark the printed title carries for its footnote («Bydelsfordelt ramme 2024*»: {@code *}), or
     *     null
     */
    public record DistrictDistribution(int year, String title, String footnote, List<DistrictRow> rows,
            DistrictTotals statedTotals, String footnoteMark) {

        public long driftsramme() {
            return rows.stream().mapToLong(DistrictRow::driftsramme).sum();
        }

        public long okonomiskSosialhjelp() {
            return rows.stream().mapToLong(DistrictRow::okonomiskSosialhjelp).sum();
        }

        public long sum() {
            return driftsramme() + okonomiskSosialhjelp();
        }
    }

    public record DistrictRow(String unit, Integer number, String name, long driftsramme, long okonomiskSosialhjelp,
            long statedSum) {

        public long sum() {
            return driftsramme + okonomiskSosialhjelp;
        }
    }

    public record DistrictTotals(String text, long driftsramme, long okonomiskSosialhjelp, long sum) {
    }

    public record EarmarkedFund(String projectNumber, String recipient, String recipientText, String purpose,
            String functionalArea, long amount) {
    }

    public record StatedAmount(String text, long amount) {
    }

    public record Assumption(String unit, String chapter, String title, String text) {
    }
}
