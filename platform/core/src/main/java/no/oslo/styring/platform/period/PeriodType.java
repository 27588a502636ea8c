package no.oslo.styring.platform.period;

/** The kinds of reporting period in Oslo's letters, with the labels users see. */
public enum PeriodType {
    MONTH("M", 1, "måned", "month"), QUARTER("Q", 3, "kvartal", "quarter"), TERTIAL("T", 4, "tertial", "tertial"), HALF("H", 6,
            "halvår", "half year"), YEAR("Y", 12, "årsberetning", "annual report");

    private final String code;
    private final int months;
    private final String labelNb;
    private final String labelEn;

    PeriodType(String code, int months, String labelNb, String labelEn) {
        this.code = code;
        this.months = months;
        this.labelNb = labelNb;
        this.labelEn = labelEn;
    }

    /** The letter in the period id: {@code M}, {@code Q}, {@code T}, {@code H} or {@code Y}. */
    public String code() {
        return code;
    }

    /** Months covered by one period of this type. */
    public int months() {
        return months;
    }

    /** How many periods of this type a year has. */
    public int perYear() {
        return 12 / months;
    }

    public String labelNb() {
        return labelNb;
    }

    public String labelEn() {
        return labelEn;
    }
}
