package no.oslo.styring.indicator.letter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How an indicator's values are written and what they may be: the unit of measure as the letter prints it («prosent»,
 * «µg/m³», «innbyggere per legehjemmel»), the kind of number, and optionally how many decimals a value may have. Plain
 * Java; a measurement is checked with {@link #fits(BigDecimal)}.
 *
 * @param unitOfMeasure free text as printed, at most {@value #MAX_UNIT_LENGTH} characters
 * @param kind the kind of number
 * @param decimals the most decimals a value may have, or null for any; never more than 0 for {@link ValueKind#WHOLE}
 */
public record ValueFormat(String unitOfMeasure, ValueKind kind, Integer decimals) {

    public static final int MAX_UNIT_LENGTH = 60;
    public static final int MAX_DECIMALS = 6;
    /** Units of measure a client may offer as choices; any other text is as good. */
    public static final List<String> COMMON_UNITS = List.of("prosent", "antall", "skår", "per 1 000 innbyggere",
            "minutter", "timer", "dager", "kroner", "tusen kroner", "km", "tonn CO₂-ekvivalenter", "µg/m³");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the unit of measure and decimals of the first import formats meant. */
    public static ValueFormat of(Measure legacy) {
        return switch (legacy) {
            case PERCENT -> new ValueFormat(legacy.labelNb(), ValueKind.PERCENT, null);
            case COUNT -> new ValueFormat(legacy.labelNb(), ValueKind.WHOLE, null);
            case SCORE -> new ValueFormat(legacy.labelNb(), ValueKind.SCORE, null);
            case PER_1000_INHABITANTS, MINUTES, DAYS -> new ValueFormat(legacy.labelNb(), ValueKind.DECIMAL, null);
        };
    }

    /** The first formats' measure this format means exactly, if one does (for consumers of the first event versions). */
    public Optional<Measure> legacyMeasure() {
        for (Measure m : Measure.values()) {
            if (of(m).equals(this)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The first event version's measure, for its consumers: the one this format means exactly, or OTHER. */
    public String legacyMeasureName() {
        return legacyMeasure().map(Enum::name).orElse("OTHER");
    }

    /** Whether a value may be measured in this format. */
    public boolean fits(BigDecimal value) {
        if (decimals != null && Math.max(0, value.stripTrailingZeros().scale()) > decimals) {
            return false;
        }
        return switch (kind) {
            case WHOLE -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
            case DECIMAL -> value.signum() >= 0;
            case PERCENT -> value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
            case SCORE -> true;
        };
    }

    /** What a value must be, in English: "0–100", "a whole number, 0 or more", "0 or more, at most 1 decimal". */
    public String ruleEn() {
        String rule = switch (kind) {
            case WHOLE -> "a whole number, 0 or more";
            case DECIMAL -> "0 or more";
            case PERCENT -> "0–100";
            case SCORE -> "any number";
        };
        return kind == ValueKind.WHOLE || decimals == null
                ? rule
                : rule + ", at most " + decimals + (decimals == 1 ? " decimal" : " decimals");
    }

    /** What a value must be, in bokmål: «0–100», «et helt tall, 0 eller mer», «0 eller mer, høyst 1 desimal». */
    public String ruleNb() {
        String rule = switch (kind) {
            case WHOLE -> "et helt tall, 0 eller mer";
            case DECIMAL -> "0 eller mer";
            case PERCENT -> "0–100";
            case SCORE -> "et hvilket som helst tall";
        };
        return kind == ValueKind.WHOLE || decimals == null
                ? rule
                : rule + ", høyst " + decimals + (decimals == 1 ? " desimal" : " desimaler");
    }

    /** The problems of a format read from a file or a request, each with the field (relative to {@code at}) it names. */
    public static List<ImportCheck.Finding> problemsOf(String at, String unitOfMeasure, ValueKind kind, Integer decimals) {
        var out = new java.util.ArrayList<ImportCheck.Finding>();
        if (unitOfMeasure == null || unitOfMeasure.isBlank()) {
            out.add(new ImportCheck.Finding(at + "unitOfMeasure", "is required: the unit as the letter prints it, such as "
                    + "\"prosent\", \"antall\" or \"µg/m³\""));
        } else if (unitOfMeasure.strip().length() > MAX_UNIT_LENGTH) {
            out.add(new ImportCheck.Finding(at + "unitOfMeasure", "must be at most " + MAX_UNIT_LENGTH + " characters, was "
                    + unitOfMeasure.strip().length()));
        }
        if (kind == null) {
            out.add(new ImportCheck.Finding(at + "valueKind", "is required: WHOLE, DECIMAL, PERCENT or SCORE"));
        }
        if (decimals != null && (decimals < 0 || decimals > MAX_DECIMALS)) {
            out.add(new ImportCheck.Finding(at + "decimals", "must be 0–" + MAX_DECIMALS + ", was " + decimals));
        } else if (decimals != null && decimals > 0 && kind == ValueKind.WHOLE) {
            out.add(new ImportCheck.Finding(at + "decimals", "a WHOLE value has no decimals, was " + decimals));
        }
        return List.copyOf(out);
    }
}
