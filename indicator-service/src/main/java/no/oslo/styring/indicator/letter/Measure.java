package no.oslo.styring.indicator.letter;

/** What an indicator's values count (its unit of measurement). */
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
