package no.oslo.styring.platform.consume;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;

/**
 * Tells a failure that passes (the database restarting, a connection lost, a deadlock) from one that will happen again
 * every time, and how long to wait before the next attempt. Plain Java.
 */
public final class Failures {

    /**
     * SQLSTATE classes and codes that pass: 08 connection exception, 53 insufficient resources, 57P01–57P03 admin or crash
     * shutdown and "cannot connect now" (a starting server), 40001 serialization failure, 40P01 deadlock, 55P03 lock not
     * available.
     */
    private static final Set<String> PASSING_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01", "55P03");
    private static final Set<String> PASSING_CLASSES = Set.of("08", "53");

    private Failures() {
    }

    /** True when trying again later may succeed: such a failure is retried, never dead-lettered. */
    public static boolean passing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DeadLetter) {
                return false;
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t instanceof SocketException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (PASSING_STATES.contains(state)
                        || (state.length() >= 2 && PASSING_CLASSES.contains(state.substring(0, 2)))) {
                    return true;
                }
            }
            // Agroal, when no connection can be had in time (the database is away): no SQLSTATE, but it passes
            if (t instanceof SQLException && t.getMessage() != null && t.getMessage().contains("Acquisition timeout")) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals("org.hibernate.exception.JDBCConnectionException")
                    || name.equals("org.hibernate.exception.LockAcquisitionException")
                    || name.equals("jakarta.persistence.LockTimeoutException")
                    || name.equals("jakarta.persistence.PessimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The root cause's class and the first line of its message, at most 500 characters: for headers and logs. The first
     * line only, because PostgreSQL's further lines ("Detail: Failing row contains (…)") quote the data.
     */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("").strip();
        String text = root.getClass().getSimpleName() + message;
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    /** The wait before attempt {@code attempt + 1}: doubling from {@code initial}, never more than {@code max}. */
    public static Duration backoff(int attempt, Duration initial, Duration max) {
        if (attempt < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempt - 1, 30);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
