package no.oslo.styring.indicator.letter;

/**
 * The six measures of the first import formats (v1 and v2). Today an indicator has a unit of measure as printed and a value
 * kind ({@link ValueFormat}); a file of an earlier format is read with {@link ValueFormat#of(Measure)}.
 */
public enum Measure {
    PERCENT("prosent", "percent"), COUNT("antall", "count"), SCORE("skår", "score"), PER_1000_INHABITANTS(
            "per 1 000 innbyggere", "per 1,000 inhabitants"), MINUTES("minutter", "minutes"), DAYS("dager", "days");

    private final String labelNb;
    private final String labelEn;

    Measure(String labelNb, String labelEn) {
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
