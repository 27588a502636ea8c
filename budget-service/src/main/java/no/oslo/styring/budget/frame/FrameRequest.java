package no.oslo.styring.budget.frame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

import no.oslo.styring.platform.problem.Problem.FieldError;

/** Requests that create or change a frame; amounts in 1 000 kr, one per year. */
public final class FrameRequest {

    private FrameRequest() {
    }

    @Schema(name = "NewFrame", description = "A new budget frame for a unit, chapter and letter year")
    public record Create(
            @Schema(examples = "2025") Integer letterYear,
            @Schema(examples = "Tildelingsbrev 2025 – Helseetaten") String letter,
            @Schema(examples = "HEL") String unit,
            @Schema(examples = "314") String chapter,
            @Schema(examples = "Helseetaten") String chapterName,
            @Schema(description = "The økonomiplan years; left out, the years of the base's amounts", examples = "[2025, 2026, 2027, 2028]") List<Integer> years,
            Line base,
            List<Line> lines,
            @Schema(examples = "Vedtatt budsjett 2025") String reason) {

        /** The years given, or else those the base's amounts name. */
        public List<Integer> yearsOrFromBase() {
            if (years != null || base == null || base.amounts() == null) {
                return years;
            }
            List<Integer> named = new ArrayList<>();
            for (Amount a : base.amounts()) {
                if (a == null || a.year() == null) {
                    return null;
                }
                named.add(a.year());
            }
            return named;
        }
    }

    @Schema(name = "FrameChange", description = "The frame's base and lines as they are to be from now on, and why. "
            + "Send If-Match with the ETag of the version the change was made from.")
    public record Change(
            Line base,
            List<Line> lines,
            @Schema(examples = "Sak 1/2025: supplerende tildeling") String reason) {
    }

    /**
     * A line as the frame's GET shows it: a text, an optional category, and one amount per year, each as
     * {@code {"year": 2025, "amount": 1206593}}; a bare number stands for the amount of its year column.
     */
    @Schema(name = "FrameLineInput")
    public record Line(@Schema(examples = "Helsehus Grorud") String text, String category, List<Amount> amounts) {
    }

    /** One year's amount in 1 000 kr, read as the GET writes it, or as a bare number (the year of its column). */
    @Schema(name = "FrameAmountInput", description = "{\"year\": 2025, \"amount\": 1206593}, or the bare amount")
    public record Amount(@Schema(examples = "2025") Integer year, @Schema(examples = "1206593") Long amount) {

        /** From a bare whole number, or from {@code {"year", "amount"}}; anything else is refused in words. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Amount from(JsonNode node) {
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                return new Amount(null, node.longValue());
            }
            if (node.isNumber()) {
                throw new IllegalArgumentException("'" + node.asText() + "' is not a whole number");
            }
            if (!node.isObject()) {
                throw new IllegalArgumentException(
                        "must be an amount in 1 000 kr, such as {\"year\": 2025, \"amount\": 1206593}");
            }
            var names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("year") && !name.equals("amount")) {
                    throw new IllegalArgumentException("'" + name + "' is not a known field: an amount has year and amount");
                }
            }
            JsonNode year = node.get("year");
            JsonNode amount = node.get("amount");
            if (year != null && !year.isNull() && !(year.isIntegralNumber() && year.canConvertToInt())) {
                throw new IllegalArgumentException("year: '" + year.asText() + "' is not a year");
            }
            if (amount != null && !amount.isNull() && !(amount.isIntegralNumber() && amount.canConvertToLong())) {
                throw new IllegalArgumentException("amount: '" + amount.asText() + "' is not a whole number");
            }
            return new Amount(year == null || year.isNull() ? null : year.intValue(),
                    amount == null || amount.isNull() ? null : amount.longValue());
        }
    }

    /**
     * The line as stored, checked against the frame's years: an amount that names a year must name its column's, and
     * every amount is required. Problems are named by field ({@code lines[2].amounts[1].year}).
     */
    static FrameContent.Line content(Line line, List<Integer> years, String path, List<FieldError> errors) {
        if (line == null) {
            return null;
        }
        List<Long> amounts = null;
        if (line.amounts() != null) {
            amounts = new ArrayList<>();
            for (int i = 0; i < line.amounts().size(); i++) {
                Amount a = line.amounts().get(i);
                if (a != null && a.year() != null && years != null && i < years.size() && !a.year().equals(years.get(i))) {
                    errors.add(new FieldError(path + ".amounts[" + i + "].year", "is " + a.year() + ", but column " + i
                            + " of the frame is " + years.get(i) + ": give the amounts in the order of the years"));
                }
                amounts.add(a == null ? null : a.amount());
            }
        }
        return new FrameContent.Line(line.text(), line.category(), amounts);
    }

    static List<FrameContent.Line> content(List<Line> lines, List<Integer> years, List<FieldError> errors) {
        if (lines == null) {
            return null;
        }
        List<FrameContent.Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(content(lines.get(i), years, "lines[" + i + "]", errors));
        }
        return out;
    }
}
