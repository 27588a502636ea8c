package no.oslo.styring.platform.consume;

import java.time.Duration;

/**
 * Runs a record's processing until it succeeds, fails {@code attempts} times for a reason that does not pass, or throws a
 * {@link DeadLetter}. A failure that passes ({@link Failures#passing}) is tried again for as long as it lasts, with the
 * back-off doubling up to its limit, and never counts against the attempts. Plain Java: the rule is unit-tested.
 */
public final class Attempts {

    /** Waits between two attempts; interrupted when the service stops. */
    @FunctionalInterface
    public interface Sleep {
        void sleep(Duration wait) throws InterruptedException;
    }

    /** Told of each failed attempt before the wait. */
    @FunctionalInterface
    public interface Report {
        void retrying(RuntimeException failure, boolean passing, int attempt, Duration wait);
    }

    /** How processing ended. */
    public sealed interface Outcome {
    }

    /** Processed, at the given attempt. */
    public record Done(int attempt) implements Outcome {
    }

    /** Failed for good: a {@link DeadLetter}, or the last of the failures that do not pass. */
    public record Failed(DeadLetter deadLetter, int attempts) implements Outcome {
    }

    /** The service is stopping: the record is left as it is, to be delivered again after the restart. */
    public record Stopped() implements Outcome {
    }

    private Attempts() {
    }

    public static Outcome run(Runnable processing, int attempts, Duration backoff, Duration maxBackoff, Sleep sleep,
            Report report) {
        int attempt = 0;
        int failed = 0;
        int passing = 0;
        while (true) {
            attempt++;
            Duration wait;
            try {
                processing.run();
                return new Done(attempt);
            } catch (DeadLetter never) {
                return new Failed(never, attempt);
            } catch (RuntimeException e) {
                boolean passes = Failures.passing(e);
                if (passes) {
                    wait = Failures.backoff(++passing, backoff, maxBackoff);
                } else {
                    passing = 0;
                    if (++failed >= attempts) {
                        return new Failed(new DeadLetter(DeadLetterReason.PROCESSING_FAILED,
                                "failed " + failed + " times: " + Failures.describe(e), e), attempt);
                    }
                    wait = Failures.backoff(failed, backoff, maxBackoff);
                }
                report.retrying(e, passes, attempt, wait);
            }
            try {
                sleep.sleep(wait);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return new Stopped();
            }
        }
    }
}
