package no.oslo.styring.platform.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period's identity: {@code 2025-M05} (May), {@code 2025-Q1} (1. kvartal), {@code 2025-T2} (2. tertial),
 * {@code 2024-H1} (første halvår) or {@code 2025-Y} (årsberetning).
 *
 * <p>
 * {@link #start()} is the first day the period's figures cover. Oslo's tertial and annual reports are cumulative ("2. tertial"
 * covers January–August), so {@link #cumulativeStart()} is 1 January for those and the period's own start otherwise.
 */
public record PeriodId(int year, PeriodType type, int number) implements Comparable<PeriodId> {

    /** The time zone of Oslo's days: deadlines, periods and letter years are days in Oslo. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** The grammar of a period id; also in the event contract's schemas. */
    public static final String PATTERN = "^([0-9]{4})-(M(0[1-9]|1[0-2])|Q([1-4])|T([1-3])|H([12])|Y)$";
    private static final Pattern REGEX = Pattern.compile(PATTERN);

    public PeriodId {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year must be between 2000 and 9999, was " + year);
        }
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
        if (number < 1 || number > type.perYear()) {
            throw new IllegalArgumentException(type + " number must be between 1 and " + type.perYear() + ", was " + number);
        }
    }

    /**
     * Parses a period id.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static PeriodId parse(String text) {
        Matcher m = text == null ? null : REGEX.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a period id: expected YYYY-Mnn, YYYY-Qn, YYYY-Tn, YYYY-Hn or YYYY-Y (e.g. 2025-Q1)");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            return new PeriodId(year, PeriodType.MONTH, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new PeriodId(year, PeriodType.QUARTER, Integer.parseInt(m.group(4)));
        }
        if (m.group(5) != null) {
            return new PeriodId(year, PeriodType.TERTIAL, Integer.parseInt(m.group(5)));
        }
        if (m.group(6) != null) {
            return new PeriodId(year, PeriodType.HALF, Integer.parseInt(m.group(6)));
        }
        return new PeriodId(year, PeriodType.YEAR, 1);
    }

    /** Whether the text is a well-formed period id. */
    public static boolean isValid(String text) {
        return text != null && REGEX.matcher(text).matches();
    }

    /** Every period of a year: 12 months, 4 quarters, 3 tertials, 2 halves and the year, in that order. */
    public static List<PeriodId> allOf(int year) {
        List<PeriodId> all = new ArrayList<>();
        for (PeriodType type : PeriodType.values()) {
            for (int n = 1; n <= type.perYear(); n++) {
                all.add(new PeriodId(year, type, n));
            }
        }
        return all;
    }

    /** The first day of the period. */
    public LocalDate start() {
        return YearMonth.of(year, (number - 1) * type.months() + 1).atDay(1);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return YearMonth.of(year, number * type.months()).atEndOfMonth();
    }

    /** The first day the period's figures cover: 1 January for tertials and the year (cumulative), else {@link #start()}. */
    public LocalDate cumulativeStart() {
        return type == PeriodType.TERTIAL || type == PeriodType.YEAR ? LocalDate.of(year, 1, 1) : start();
    }

    /** The label users see, e.g. "1. kvartal 2025", "mai 2025", "1. halvår 2024", "årsberetning 2025". */
    public String labelNb() {
        return switch (type) {
            case MONTH -> MONTHS_NB[number - 1] + " " + year;
            case QUARTER, TERTIAL, HALF -> number + ". " + type.labelNb() + " " + year;
            case YEAR -> type.labelNb() + " " + year;
        };
    }

    /** The English label, e.g. "Q1 2025", "May 2025", "annual report 2025". */
    public String labelEn() {
        return switch (type) {
            case MONTH -> MONTHS_EN[number - 1] + " " + year;
            case QUARTER -> "Q" + number + " " + year;
            case TERTIAL -> "T" + number + " " + year;
            case HALF -> "H" + number + " " + year;
            case YEAR -> type.labelEn() + " " + year;
        };
    }

    static final String[] MONTHS_NB = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember"};
    static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    @Override
    public int compareTo(PeriodId other) {
        int byEnd = end().compareTo(other.end());
        return byEnd != 0 ? byEnd : Integer.compare(type.months(), other.type.months());
    }

    @Override
    public String toString() {
        return switch (type) {
            case MONTH -> String.format("%04d-M%02d", year, number);
            case QUARTER, TERTIAL, HALF -> year + "-" + type.code() + number;
            case YEAR -> year + "-Y";
        };
    }
}
