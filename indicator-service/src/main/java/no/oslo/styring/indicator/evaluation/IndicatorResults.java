package no.oslo.styring.indicator.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import no.oslo.styring.indicator.letter.ValueFormat;
import no.oslo.styring.indicator.measurement.Reported;
import no.oslo.styring.targets.Direction;
import no.oslo.styring.targets.Evaluation;
import no.oslo.styring.targets.Target;

/**
 * A unit's results for a period: each indicator due, its latest value and its evaluation against the year's target, with
 * the counts. Plain Java, shared by the evaluation API and the period report, so both say the same.
 */
public final class IndicatorResults {

    private IndicatorResults() {
    }

    /** An indicator due from a unit in a period, with the year's target (parsed; "*" when the letter sets none). */
    public record Due(String code, String name, ValueFormat format, Direction direction, Target target,
            TargetSource source) {

        /** The same indicator judged against a unit's own target. */
        public Due withUnitTarget(Target own) {
            return new Due(code, name, format, direction, own, TargetSource.UNIT);
        }
    }

    /** Whose target an indicator was judged against: the letter's, or the unit's own («lokalt måltall»). */
    public enum TargetSource {
        LETTER, UNIT
    }

    /** One indicator's result. */
    public record Result(Due due, Reported reported, Evaluation evaluation) {
        public boolean isReported() {
            return reported != null;
        }
    }

    /** How the due indicators came out: met + notMet + noTarget + missing = due. */
    public record Counts(int due, int met, int notMet, int noTarget, int missing) {
    }

    /**
     * Evaluates one indicator.
     *
     * @param reported the latest value, or null when the unit reported none
     * @param resultOf the unit's actual result of an earlier year (its årsberetning, else the letter's history value)
     */
    public static Result evaluate(Due due, Reported reported, IntFunction<Optional<BigDecimal>> resultOf) {
        Evaluation evaluation = Evaluation.of(due.target(), reported == null ? null : reported.value(), due.direction(),
                resultOf);
        return new Result(due, reported, evaluation);
    }

    public static Counts count(List<Result> results) {
        int met = 0;
        int notMet = 0;
        int noTarget = 0;
        int missing = 0;
        for (Result r : results) {
            if (!r.isReported()) {
                missing++;
                continue;
            }
            switch (r.evaluation().outcome()) {
                case MET -> met++;
                case NOT_MET -> notMet++;
                default -> noTarget++;
            }
        }
        return new Counts(results.size(), met, notMet, noTarget, missing);
    }

    /** The codes of the due indicators without a value, in order. */
    public static List<String> missing(List<Result> results) {
        List<String> codes = new ArrayList<>();
        results.stream().filter(r -> !r.isReported()).forEach(r -> codes.add(r.due().code()));
        return codes;
    }
}
