package no.oslo.styring.budget.letter;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.budget.letter.BudgetImport.FrameTable;
import no.oslo.styring.budget.letter.BudgetImport.InvestmentTable;

/** What the API shows of a letter's budget tables; every total is derived from the rows, never stored. */
public final class BudgetViews {

    private BudgetViews() {
    }

    @Schema(name = "YearAmount", description = "An amount of one year, in 1 000 kr")
    public record YearAmount(int year, long amount) {
    }

    @Schema(name = "FrameLine")
    public record FrameLineView(String text, String category, List<YearAmount> amounts) {
    }

    @Schema(name = "Frame", description = "A unit's budget frame (ramme) for a chapter over the økonomiplan, in 1 000 kr")
    public record FrameView(
            @Schema(examples = "HEL") String unit,
            @Schema(examples = "314") String chapter,
            String letter,
            FrameLineView base,
            List<FrameLineView> lines,
            @Schema(description = "Derived: base plus every line (e.g. Ramme Sak 1/2025)") List<YearAmount> frame,
            @Schema(description = "Derived: frame minus base (e.g. Endring fra basis 2024)") List<YearAmount> changeFromBase) {

        static FrameView of(String letter, FrameTable t) {
            return new FrameView(t.unit(), t.chapter(), letter, line(t.years(), t.base()),
                    t.lines().stream().map(l -> line(t.years(), l)).toList(), perYear(t.years(), t::frame),
                    perYear(t.years(), t::changeFromBase));
        }
    }

    @Schema(name = "InvestmentProject")
    public record ProjectView(String projectNumber, String name, List<ArtView> lines, List<YearAmount> total) {
    }

    @Schema(name = "InvestmentLine")
    public record ArtView(String art, List<YearAmount> amounts) {
    }

    @Schema(name = "Investments", description = "A unit's investment frames per project, art and year, in 1 000 kr")
    public record InvestmentView(String unit, String letter, String title, List<ProjectView> projects,
            @Schema(description = "Derived: every project's every line") List<YearAmount> total) {

        static InvestmentView of(String letter, InvestmentTable t) {
            return new InvestmentView(t.unit(), letter, t.title(), t.projects().stream()
                    .map(p -> new ProjectView(p.projectNumber(), p.name(),
                            p.lines().stream().map(l -> new ArtView(l.art(), amounts(t.years(), l.amounts()))).toList(),
                            perYear(t.years(), p::total)))
                    .toList(), perYear(t.years(), t::total));
        }
    }

    @Schema(name = "DistrictShare")
    public record DistrictShareView(String unit, String name, long driftsramme, long okonomiskSosialhjelp, long sum) {
    }

    @Schema(name = "DistrictDistribution", description = "The frame distributed over the bydeler, in 1 000 kr")
    public record DistributionView(int year, String letter, List<DistrictShareView> rows, long driftsramme,
            long okonomiskSosialhjelp, @Schema(description = "Derived: driftsramme + økonomisk sosialhjelp") long sum) {

        static DistributionView of(String letter, BudgetImport.DistrictDistribution d) {
            return new DistributionView(d.year(), letter, d.rows().stream().map(r -> new DistrictShareView(r.unit(), r.name(),
                    r.driftsramme(), r.okonomiskSosialhjelp(), r.sum())).toList(), d.driftsramme(), d.okonomiskSosialhjelp(),
                    d.sum());
        }
    }

    @Schema(name = "EarmarkedFund", description = "Øremerkede midler: a purpose-bound amount for one unit or all (ALL), "
            + "in 1 000 kr")
    public record EarmarkedFundView(String letter, String projectNumber, @Schema(examples = "HEL") String recipient,
            String purpose, String functionalArea, long amount) {

        static EarmarkedFundView of(String letter, BudgetImport.EarmarkedFund f) {
            return new EarmarkedFundView(letter, f.projectNumber(), f.recipient(), f.purpose(), f.functionalArea(), f.amount());
        }
    }

    @Schema(name = "BudgetAssumption", description = "A budget assumption (budsjettforutsetning) of the letter, as text")
    public record AssumptionView(String letter, String unit, String chapter, String title, String text) {

        static AssumptionView of(String letter, BudgetImport.Assumption a) {
            return new AssumptionView(letter, a.unit(), a.chapter(), a.title(), a.text());
        }
    }

    private static FrameLineView line(List<Integer> years, BudgetImport.Row row) {
        return new FrameLineView(row.text(), row.category(), amounts(years, row.amounts()));
    }

    private static List<YearAmount> amounts(List<Integer> years, List<Long> amounts) {
        return IntStream.range(0, years.size()).mapToObj(i -> new YearAmount(years.get(i), amounts.get(i))).toList();
    }

    private static List<YearAmount> perYear(List<Integer> years, java.util.function.IntToLongFunction f) {
        return IntStream.range(0, years.size()).mapToObj(i -> new YearAmount(years.get(i), f.applyAsLong(i))).toList();
    }
}
