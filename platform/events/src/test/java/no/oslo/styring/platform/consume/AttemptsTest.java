package no.oslo.styring.platform.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class AttemptsTest {

    private static final Duration BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX = Duration.ofSeconds(10);

    private final List<Duration> waits = new ArrayList<>();

    @Test
    void aFailureThatDoesNotPassIsTriedAFixedNumberOfTimesWithBackoff() {
        AtomicInteger calls = new AtomicInteger();
        var outcome = Attempts.run(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("value too long for type character varying(100)");
        }, 4, BACKOFF, MAX, waits::add, (e, passing, attempt, wait) -> assertFalse(passing));
        Attempts.Failed failed = assertInstanceOf(Attempts.Failed.class, outcome);
        assertEquals(4, calls.get());
        assertEquals(4, failed.attempts());
        assertEquals(DeadLetterReason.PROCESSING_FAILED, failed.deadLetter().reason());
        assertTrue(failed.deadLetter().getMessage().contains("failed 4 times: IllegalStateException: value too long"),
                failed.deadLetter().getMessage());
        assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800)), waits);
    }

    @Test
    void aDatabaseThatIsRestartingIsWaitedForAndNeverDeadLettered() {
        AtomicInteger calls = new AtomicInteger();
        // PostgreSQL shutting down (57P01), then refusing connections while it starts (08001, 57P03), for 12 attempts
        var outcome = Attempts.run(() -> {
            int n = calls.incrementAndGet();
            if (n <= 12) {
                RuntimeException wrapped = new RuntimeException("could not execute statement", n == 1
                        ? new SQLException("terminating connection due to administrator command", "57P01")
                        : n % 2 == 0
                                ? new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)
                                : new SQLException("the database system is starting up", "57P03"));
                throw wrapped;
            }
        }, 4, BACKOFF, MAX, waits::add, (e, passing, attempt, wait) -> assertTrue(passing, e.toString()));
        assertEquals(new Attempts.Done(13), outcome);
        assertEquals(12, waits.size());
        assertEquals(MAX, waits.get(11), "the wait grows to its limit and stays there");
    }

    @Test
    void aDeadLetterThrownByTheHandlerIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        var outcome = Attempts.run(() -> {
            calls.incrementAndGet();
            throw new DeadLetter(DeadLetterReason.SCHEMA_VIOLATION, "$.kind: not in the enumeration");
        }, 4, BACKOFF, MAX, waits::add, (e, passing, attempt, wait) -> {
        });
        assertInstanceOf(Attempts.Failed.class, outcome);
        assertEquals(1, calls.get());
        assertEquals(List.of(), waits);
    }

    @Test
    void aServiceThatStopsLeavesTheRecordAsItIs() {
        var outcome = Attempts.run(() -> {
            throw new IllegalStateException("boom");
        }, 4, BACKOFF, MAX, wait -> {
            throw new InterruptedException();
        }, (e, passing, attempt, wait) -> {
        });
        assertInstanceOf(Attempts.Stopped.class, outcome);
        assertTrue(Thread.interrupted(), "the interrupt is kept");
    }

    @Test
    void aFailureIsDescribedWithoutTheDataPostgresQuotes() {
        var e = new RuntimeException(new SQLException(
                "ERROR: new row for relation \"known_unit\" violates check constraint \"c\"\n  Detail: Failing row contains (HEL, Helseetaten)",
                "23514"));
        assertEquals("SQLException: ERROR: new row for relation \"known_unit\" violates check constraint \"c\"",
                Failures.describe(e));
    }

    @Test
    void failuresThatPassAreToldFromThoseThatDoNot() {
        assertTrue(Failures.passing(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(Failures
                .passing(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(Failures.passing(new java.net.ConnectException("Connection refused")));
        assertFalse(Failures.passing(new RuntimeException(new SQLException("value too long", "22001"))));
        assertFalse(Failures.passing(new RuntimeException(new SQLException("violates check constraint", "23514"))));
        assertFalse(Failures.passing(new IllegalArgumentException("'2025-Q7' is not a period id")));
    }
}
