package no.oslo.styring.targets;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The evaluation of a measured value against a target, and why: the same target text gives the same evaluation in every
 * service.
 *
 * @param outcome met, not met, no target or no data
 * @param target the target's text as written
 * @param comparison the comparison that was applied, or null when none was
 * @param threshold the number compared with (for "at least as good as 2023": that year's result), or null
 * @param explanationNb why, in Norwegian, e.g. "81,5 ≥ 80 (måltall 80, høyere er bedre)"
 * @param explanationEn why, in English
 */
public record Evaluation(Outcome outcome, String target, Comparison comparison, BigDecimal threshold, String explanationNb,
        String explanationEn) {

    public enum Outcome {
        MET, NOT_MET, NO_TARGET, NO_DATA
    }

    /**
     * Evaluates {@code value} against {@code target}.
     *
     * @param value the measured value, or null when nothing was reported
     * @param direction the indicator's direction (what a bare number and "at least as good as" mean)
     * @param resultOf an earlier year's actual result, or empty when it is not known
     */
    public static Evaluation of(Target target, BigDecimal value, Direction direction,
            IntFunction<Optional<BigDecimal>> resultOf) {
        if (target instanceof Target.None none) {
            String why = switch (none.reason()) {
                case NOT_SET -> "ikke satt";
                case NOT_APPLICABLE -> "ikke aktuelt";
                case TO_BE_DECIDED -> "ikke fastsatt ennå";
            };
            String whyEn = switch (none.reason()) {
                case NOT_SET -> "not set";
                case NOT_APPLICABLE -> "not applicable";
                case TO_BE_DECIDED -> "to be decided";
            };
            return new Evaluation(Outcome.NO_TARGET, target.text(), null, null, "Ingen måltall (" + target.text() + ": "
                    + why + ")", "No target (" + target.text() + ": " + whyEn + ")");
        }
        Comparison comparison;
        BigDecimal threshold;
        String basisNb;
        String basisEn;
        if (target instanceof Target.Threshold t) {
            comparison = t.comparison() != null ? t.comparison() : Comparison.implied(direction);
            threshold = t.value();
            basisNb = "måltall " + t.text().strip() + (t.comparison() == null ? ", " + nb(direction) : "");
            basisEn = "target " + t.text().strip() + (t.comparison() == null ? ", " + en(direction) : "");
        } else {
            Target.AtLeastAsGoodAsYear y = (Target.AtLeastAsGoodAsYear) target;
            Optional<BigDecimal> earlier = resultOf.apply(y.year());
            if (earlier.isEmpty()) {
                return new Evaluation(Outcome.NO_TARGET, target.text(), null, null,
                        "Måltallet viser til resultatet for " + y.year() + ", som ikke er kjent",
                        "The target refers to the result of " + y.year() + ", which is not known");
            }
            comparison = Comparison.implied(direction);
            threshold = earlier.get();
            basisNb = "minst like godt som " + y.year() + " (" + Targets.format(threshold) + "), " + nb(direction);
            basisEn = "at least as good as " + y.year() + " (" + Targets.format(threshold) + "), " + en(direction);
        }
        if (value == null) {
            return new Evaluation(Outcome.NO_DATA, target.text(), comparison, threshold, "Ikke rapportert (" + basisNb + ")",
                    "Not reported (" + basisEn + ")");
        }
        boolean met = comparison.holds(value, threshold);
        String relation = Targets.format(value) + " " + (met ? comparison.symbol() : "ikke " + comparison.symbol()) + " "
                + Targets.format(threshold);
        String relationEn = Targets.format(value) + " " + (met ? comparison.symbol() : "not " + comparison.symbol()) + " "
                + Targets.format(threshold);
        return new Evaluation(met ? Outcome.MET : Outcome.NOT_MET, target.text(), comparison, threshold,
                relation + " (" + basisNb + ")", relationEn + " (" + basisEn + ")");
    }

    private static String nb(Direction d) {
        return d == Direction.HIGHER_IS_BETTER ? "høyere er bedre" : "lavere er bedre";
    }

    private static String en(Direction d) {
        return d == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
    }
}
