package no.oslo.styring.platform.period;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The points of a year a letter asks something to be reported at, as the letter names them: {@code Q1} («1. kvartal»),
 * {@code T2} («2. tertial»), {@code Y} («årsberetning»), {@code M05} («innen 20. juni (for status pr. t.o.m. mai)»),
 * {@code H1} («første halvår»). A letter that asks for monthly figures says {@code M}: every month; likewise {@code Q},
 * {@code T} and {@code H} are every quarter, tertial and half. Something is due in a period exactly when one of its
 * points names the period.
 *
 * <p>
 * The points are kept as written, in the order written, each once.
 */
public record ReportingPoints(List<String> points) {

    /** The grammar of one point; also in the import formats' documentation and the event contract. */
    public static final String POINT_PATTERN = "^(M(0[1-9]|1[0-2])?|Q[1-4]?|T[1-3]?|H[12]?|Y)$";
    private static final Pattern POINT = Pattern.compile(POINT_PATTERN);

    /** Every period of the year: what a budget letter that names no points asked for before points existed. */
    public static final ReportingPoints EVERY_PERIOD = new ReportingPoints(List.of("M", "Q", "T", "H", "Y"));

    public ReportingPoints {
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("at least one reporting point is required");
        }
        List<PointProblem> problems = problemsOf(points);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
        points = List.copyOf(points);
    }

    /** What is wrong with the point at {@code index} of a list of points. */
    public record PointProblem(int index, String message) {
    }

    /** Every problem of a list of points as written, in English: a point outside the grammar, a point named twice. */
    public static List<PointProblem> problemsOf(List<String> points) {
        List<PointProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            String point = points.get(i);
            Optional<String> problem = problemOf(point);
            if (problem.isPresent()) {
                problems.add(new PointProblem(i, problem.get()));
            } else if (!seen.add(point)) {
                problems.add(new PointProblem(i, point + " is named twice"));
            }
        }
        return problems;
    }

    /** What is wrong with one point as written, in English; empty when it is a point. */
    public static Optional<String> problemOf(String point) {
        if (point == null || !POINT.matcher(point).matches()) {
            return Optional.of("'" + point + "' is not a reporting point: expected Q1–Q4, T1–T3, H1, H2, M01–M12, Y,"
                    + " or M, Q, T, H for every month, quarter, tertial or half");
        }
        return Optional.empty();
    }

    /** What is wrong with one point as written, in bokmål; empty when it is a point. */
    public static Optional<String> problemOfNb(String point) {
        return problemOf(point).map(m -> "'" + point + "' er ikke et rapporteringspunkt: forventet Q1–Q4, T1–T3, H1, H2,"
                + " M01–M12, Y, eller M, Q, T, H for hver måned, hvert kvartal, tertial eller halvår");
    }

    /** Whether something reported at these points is due in {@code period}. */
    public boolean dueIn(PeriodId period) {
        for (String p : points) {
            if (matches(p, period)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String point, PeriodId period) {
        if (!point.startsWith(period.type().code())) {
            return false;
        }
        if (point.length() == 1) {
            return true;
        }
        return Integer.parseInt(point.substring(1)) == period.number();
    }

    /** Why what is due at these points is not due in {@code period}: "at Q1, T2, annual report (Q1, T2, Y), not in Q2 2025 (2025-Q2)". */
    public String notDueEn(PeriodId period) {
        return "at " + labelEn() + " (" + String.join(", ", points) + "), not in " + period.labelEn() + " (" + period + ")";
    }

    /** The same in bokmål: «til 1. kvartal, 2. tertial, årsberetning (Q1, T2, Y), ikke i 2. kvartal 2025 (2025-Q2)». */
    public String notDueNb(PeriodId period) {
        return "til " + labelNb() + " (" + String.join(", ", points) + "), ikke i " + period.labelNb() + " (" + period + ")";
    }

    /** The periods of {@code year} these points name, ordered by their last day. */
    public List<PeriodId> of(int year) {
        List<PeriodId> due = new ArrayList<>();
        for (PeriodId p : PeriodId.allOf(year)) {
            if (dueIn(p)) {
                due.add(p);
            }
        }
        due.sort(null);
        return due;
    }

    /** The period types the points reach, each once ({@code Q1} and {@code Q} both give {@code Q}). */
    public List<String> periodTypes() {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String p : points) {
            types.add(p.substring(0, 1));
        }
        return List.copyOf(types);
    }

    /** The points as users read them: «1. kvartal, 2. tertial, årsberetning», «hver måned», «mai». */
    public String labelNb() {
        return String.join(", ", points.stream().map(ReportingPoints::labelNb).toList());
    }

    /** The points in English: "Q1, T2, annual report". */
    public String labelEn() {
        return String.join(", ", points.stream().map(ReportingPoints::labelEn).toList());
    }

    private static final Pattern NUMBERED = Pattern.compile("^([MQTH])([0-9]+)$");

    private static String labelNb(String point) {
        Matcher m = NUMBERED.matcher(point);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2));
            return switch (m.group(1)) {
                case "M" -> PeriodId.MONTHS_NB[n - 1];
                case "Q" -> n + ". kvartal";
                case "T" -> n + ". tertial";
                default -> n + ". halvår";
            };
        }
        return switch (point) {
            case "M" -> "hver måned";
            case "Q" -> "hvert kvartal";
            case "T" -> "hvert tertial";
            case "H" -> "hvert halvår";
            default -> "årsberetning";
        };
    }

    private static String labelEn(String point) {
        Matcher m = NUMBERED.matcher(point);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2));
            return m.group(1).equals("M") ? PeriodId.MONTHS_EN[n - 1] : point;
        }
        return switch (point) {
            case "M" -> "every month";
            case "Q" -> "every quarter";
            case "T" -> "every tertial";
            case "H" -> "every half year";
            default -> "annual report";
        };
    }
}
