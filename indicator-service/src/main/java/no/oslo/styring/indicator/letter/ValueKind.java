package no.oslo.styring.indicator.letter;

/**
 * What kind of number an indicator's value is, which decides what a measurement may be. The unit of measure beside it
 * ({@link ValueFormat#unitOfMeasure()}) is free text as the letter prints it; the kind is what can be checked.
 */
public enum ValueKind {
    /** A whole number, 0 or more: a count of people, days, cases. */
    WHOLE("helt tall", "whole number"),
    /** A number, 0 or more, with at most the given decimals where a number of decimals is given: km, µg/m³, kroner. */
    DECIMAL("desimaltall", "decimal number"),
    /** A percentage, 0–100. */
    PERCENT("prosent", "percent"),
    /** A score or index, which may be negative: survey scores, a change in function level. */
    SCORE("skår", "score");

    private final String labelNb;
    private final String labelEn;

    ValueKind(String labelNb, String labelEn) {
        this.labelNb = labelNb;
        this.labelEn = labelEn;
    }

    public String labelNb() {
        return labelNb;
    }

    public String labelEn() {
        return labelEn;
    }
}
