package no.oslo.styring.budget.status;

/**
 * The deviation of a year-end forecast from the frame (ramme), in 1 000 kr: the frame minus the forecast. Positive is
 * mindreforbruk (spending less than the frame), negative is merforbruk.
 */
public record Deviation(long amount, Kind kind) {

    public enum Kind {
        /** Forecast below the frame. */
        MINDREFORBRUK,
        /** Forecast above the frame. */
        MERFORBRUK,
        /** Forecast equal to the frame. */
        I_BALANSE
    }

    /** The deviation, or null when the unit has no frame for the year (nothing to deviate from). */
    public static Deviation of(Long frame, long yearEndForecast) {
        if (frame == null) {
            return null;
        }
        long amount = Math.subtractExact(frame, yearEndForecast);
        return new Deviation(amount, amount > 0 ? Kind.MINDREFORBRUK : amount < 0 ? Kind.MERFORBRUK : Kind.I_BALANSE);
    }
}
