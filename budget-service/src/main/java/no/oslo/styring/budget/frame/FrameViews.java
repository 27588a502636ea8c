package no.oslo.styring.budget.frame;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of frames; every total is derived from the lines of the version shown. */
public final class FrameViews {

    private FrameViews() {
    }

    @Schema(name = "YearAmount", description = "An amount of one year, in 1 000 kr")
    public record YearAmount(@Schema(examples = "2025") int year, @Schema(examples = "1206593") long amount) {

        /** One amount per year column: {@code amounts.get(i)} belongs to {@code years.get(i)}. */
        public static List<YearAmount> of(List<Integer> years, List<Long> amounts) {
            return IntStream.range(0, years.size()).mapToObj(i -> new YearAmount(years.get(i), amounts.get(i))).toList();
        }
    }

    @Schema(name = "FrameLine", description = "A line of a frame: the base line or a frame-change line")
    public record FrameLineView(@Schema(examples = "Helsehus Grorud") String text, String category,
            List<YearAmount> amounts) {
    }

    @Schema(name = "Frame", description = "A unit's budget frame (ramme) for a chapter over the økonomiplan, as of one version; "
            + "amounts in 1 000 kr")
    public record FrameView(
            long id,
            @Schema(examples = "HEL") String unit,
            @Schema(examples = "314") String chapter,
            @Schema(examples = "Helseetaten") String chapterName,
            @Schema(examples = "2025") int letterYear,
            @Schema(examples = "Tildelingsbrev 2025 – Helseetaten") String letter,
            @Schema(description = "The version shown; the current one is the ETag") int version,
            Instant recordedAt,
            String recordedBy,
            @Schema(description = "Why this version was recorded: the letter, or the decision") String reason,
            FrameLineView base,
            List<FrameLineView> lines,
            @Schema(description = "Derived: base plus every line (e.g. Ramme Sak 1/2025)") List<YearAmount> frame,
            @Schema(description = "Derived: frame minus base (e.g. Endring fra basis 2024)") List<YearAmount> changeFromBase) {

        static FrameView of(BudgetFrame f, BudgetFrameVersion v) {
            List<Integer> years = years(f);
            FrameContent c = v.content(years);
            return new FrameView(f.id, f.unitCode, f.chapter, f.chapterName, f.letterYear, f.letterTitle, v.version,
                    v.recordedAt, v.recordedBy, v.reason, line(years, c.base()),
                    c.lines().stream().map(l -> line(years, l)).toList(), YearAmount.of(years, c.frame()),
                    YearAmount.of(years, c.changeFromBase()));
        }
    }

    @Schema(name = "FrameVersion", description = "One version in a frame's history")
    public record VersionView(int version, Instant recordedAt, String recordedBy, String reason,
            @Schema(description = "The import that recorded it, if any") Long importId,
            @Schema(description = "Derived: the frame of this version") List<YearAmount> frame,
            @Schema(description = "Derived: this version's frame minus the previous version's") List<YearAmount> delta) {
    }

    static List<Integer> years(BudgetFrame f) {
        return Arrays.stream(f.years).boxed().toList();
    }

    private static FrameLineView line(List<Integer> years, FrameContent.Line line) {
        return new FrameLineView(line.text(), line.category(), YearAmount.of(years, line.amounts()));
    }
}
