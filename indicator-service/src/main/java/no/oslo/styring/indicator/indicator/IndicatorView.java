package no.oslo.styring.indicator.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.indicator.letter.Footnotes;
import no.oslo.styring.indicator.letter.HistoryValues;
import no.oslo.styring.indicator.letter.IndicatorImport;
import no.oslo.styring.indicator.letter.ValueKind;
import no.oslo.styring.targets.Direction;

@Schema(name = "Indicator", description = "A result indicator of a letter year, with its history and targets as printed")
public record IndicatorView(long id, String code, int year, long letterId, String goal, String name,
        @Schema(description = "The unit as the letter prints it", examples = "µg/m³") String unitOfMeasure,
        @Schema(description = "What a value may be: WHOLE (0 or more), DECIMAL (0 or more), PERCENT (0–100), SCORE (any)") ValueKind valueKind,
        @Schema(description = "The most decimals a value may have; absent for any") Integer decimals,
        @Schema(description = "What a value may be, as users read it", examples = "0–100") String valueRuleNb,
        Direction direction,
        @Schema(description = "The points of the year the letter asks it reported at: Q1, T2, Y, M05; M, Q, T, H are every"
                + " month, quarter, tertial, half", examples = "[\"Q1\", \"T2\", \"Y\"]") List<String> reportingPoints,
        @Schema(description = "The reporting points as users read them", examples = "1. kvartal, 2. tertial, årsberetning") String reportingPointsNb,
        List<HistoryValue> history, List<TargetView> targets,
        @Schema(description = "False when a later import of the letter left it out") boolean inLetter,
        @Schema(description = "The fields whose value the letter does not print and the import assumed", examples = "[\"valueKind\", \"direction\"]") List<String> inferred,
        @Schema(description = "The footnote mark the printed name ends with", examples = "1)") String nameMark,
        @Schema(description = "The footnotes of the letter's table that the name, history or targets mark") List<FootnoteView> footnotes,
        @Schema(description = "Whose figures history and targets are: CITY (the city's; a unit's own come from unitTargets) or UNIT (the recipient's own)") IndicatorImport.HistoryScope historyScope,
        @Schema(description = "Units' own targets per year («lokale måltall»)") List<IndicatorImport.UnitTarget> unitTargets,
        @Schema(description = "Units' own results per year") List<IndicatorImport.UnitValue> unitHistory) {

    @Schema(name = "IndicatorHistoryValue")
    public record HistoryValue(int year,
            @Schema(description = "As printed, with any footnote mark", examples = "31 274²") String printed,
            @Schema(description = "The printed value as a number, when it is one (without its mark)") BigDecimal value,
            @Schema(description = "The footnote mark it has", examples = "²") String mark) {
    }

    @Schema(name = "IndicatorTarget")
    public record TargetView(int year,
            @Schema(description = "In the shared target grammar, a footnote resolved", examples = "1) Minst like godt resultat som for 2023") String target,
            @Schema(description = "As printed", examples = "1)") String printed,
            @Schema(description = "The footnote mark it has", examples = "1)") String mark) {
    }

    @Schema(name = "IndicatorFootnote")
    public record FootnoteView(@Schema(examples = "1)") String mark,
            @Schema(examples = "Minst like godt resultat som for 2023") String text) {
    }

    /** The indicator, with the footnotes of its letter's table that it marks. */
    public static IndicatorView of(IndicatorEntity e, Footnotes table) {
        java.util.Set<String> marks = new java.util.LinkedHashSet<>();
        if (e.nameMark != null) {
            marks.add(e.nameMark);
        }
        e.history.stream().map(h -> h.mark()).filter(java.util.Objects::nonNull).forEach(marks::add);
        e.targets.stream().map(t -> t.mark()).filter(java.util.Objects::nonNull).forEach(marks::add);
        List<FootnoteView> footnotes = marks.stream()
                .map(m -> new FootnoteView(m, table.textOf(m).orElse(null))).filter(f -> f.text() != null).toList();
        return new IndicatorView(e.id, e.code, e.year, e.letterId, e.goalKey, e.name, e.unitOfMeasure, e.valueKind,
                e.decimals, e.format().ruleNb(), e.direction, e.reportingPoints, e.points().labelNb(),
                e.history.stream().map(h -> new HistoryValue(h.year(), h.value(),
                        HistoryValues.numberOf(h.unmarked()).orElse(null), h.mark())).toList(),
                e.targets.stream().map(t -> new TargetView(t.year(), t.target(), t.asPrinted(), t.mark())).toList(),
                e.inLetter, List.copyOf(e.inferred), e.nameMark, footnotes, e.historyScope, List.copyOf(e.unitTargets),
                List.copyOf(e.unitHistory));
    }
}
