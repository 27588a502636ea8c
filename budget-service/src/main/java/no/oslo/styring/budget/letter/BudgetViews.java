package no.oslo.styring.budget.letter;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.budget.frame.FrameViews.YearAmount;
import no.oslo.styring.budget.letter.BudgetImport.InvestmentTable;

/** What the API shows of a letter's budget tables; every total is derived from the rows, never stored. */
public final class BudgetViews {

    private BudgetViews() {
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
                            p.lines().stream().map(l -> new ArtView(l.art(), YearAmount.of(t.years(), l.amounts()))).toList(),
                            perYear(t.years(), p::total)))
                    .toList(), perYear(t.years(), t::total));
        }
    }

    @Schema(name = "DistrictShare")
    public record DistrictShareView(String unit, String name, long driftsramme, long okonomiskSosialhjelp, long sum) {
    }

    @Schema(name = "DistrictDistribution", description = "The frame distributed over the bydeler, in 1 000 kr")
    public record DistributionView(int year, String letter,
            @Schema(description = "The table's title as printed, without its mark", examples = "Bydelsfordelt ramme 2024") String title,
            @Schema(description = "The footnote's mark on the title, or null", examples = "*") String titleMark,
            @Schema(description = "The footnote's text, or null") String footnote, List<DistrictShareView> rows,
            long driftsramme, long okonomiskSosialhjelp,
            @Schema(description = "Derived: driftsramme + økonomisk sosialhjelp") long sum) {

        static DistributionView of(String letter, BudgetImport.DistrictDistribution d) {
            return new DistributionView(d.year(), letter, d.title(), d.footnote() == null ? null : d.footnoteMark(),
                    d.footnote(), d.rows().stream().map(r -> new DistrictShareView(r.unit(), r.name(), r.driftsramme(),
                            r.okonomiskSosialhjelp(), r.sum())).toList(),
                    d.driftsramme(), d.okonomiskSosialhjelp(),
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

    private static List<YearAmount> perYear(List<Integer> years, java.util.function.IntToLongFunction f) {
        return IntStream.range(0, years.size()).mapToObj(i -> new YearAmount(years.get(i), f.applyAsLong(i))).toList();
    }
}
