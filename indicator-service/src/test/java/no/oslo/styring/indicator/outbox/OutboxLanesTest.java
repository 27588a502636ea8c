package no.oslo.styring.indicator.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.outbox.Outbox;
import no.oslo.styring.platform.outbox.OutboxRelay;
import no.oslo.styring.platform.testing.TestKafka;

/**
 * The outbox's lanes as another replica's relay sees them: while another relay holds half of the lanes, this service's
 * relay sends the events of the other half, and leaves those of the held lanes alone until they are free; then it sends
 * them, each key's events in order.
 */
@QuarkusTest
class OutboxLanesTest {

    @Inject
    DataSource db;

    @Inject
    Outbox outbox;

    @Test
    void aRelaySendsTheLanesNoOtherRelayHoldsAndEachKeyInOrder() throws Exception {
        String held = keyInLanes(0, 3);
        String free = keyInLanes(4, 7);
        try (Connection other = db.getConnection()) {
            // the other replica's relay: it holds lanes 0-3 for as long as its transaction runs
            other.setAutoCommit(false);
            for (int lane = 0; lane < 4; lane++) {
                try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, OutboxRelay.laneLock(lane));
                    lock.executeQuery().close();
                }
            }
            QuarkusTransaction.requiringNew().run(() -> {
                for (int n = 1; n <= 3; n++) {
                    for (String key : List.of(held, free)) {
                        // a chunk of another service's close for no period: every consumer of the topic skips it
                        outbox.publishJson(Topics.CLOSE_CHUNKS, key, EventTypes.CLOSE_CHUNK, key + "/" + n, """
                                {"service":"budget","periodId":"2999-Y","closeRevision":%d,"chunk":1,"chunks":2}"""
                                .formatted(n));
                    }
                }
            });

            List<ConsumerRecord<String, String>> freeSent = TestKafka.awaitRecords(Topics.CLOSE_CHUNKS, of(free), 3,
                    Duration.ofSeconds(20));
            assertEquals(List.of(free + "/1", free + "/2", free + "/3"), subjects(freeSent));
            Thread.sleep(1500); // more than a sweep (1 s in tests) and many lane retries (50 ms)
            assertEquals(3, unsent(held), "the held lanes' events wait for the relay that holds them");
            assertEquals(0, TestKafka.recordsNow(Topics.CLOSE_CHUNKS, of(held), Duration.ofMillis(500)).size());
            other.rollback(); // the other relay's transaction ends: its lanes are free
        }
        List<ConsumerRecord<String, String>> heldSent = TestKafka.awaitRecords(Topics.CLOSE_CHUNKS, of(held), 3,
                Duration.ofSeconds(20));
        assertEquals(List.of(held + "/1", held + "/2", held + "/3"), subjects(heldSent));
        await().atMost(Duration.ofSeconds(10)).until(() -> unsent(held) == 0);
    }

    private static Predicate<ConsumerRecord<String, String>> of(String key) {
        return r -> key.equals(r.key());
    }

    private static List<String> subjects(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> TestKafka.header(r, "ce_subject")).toList();
    }

    /** A new record key whose lane is between the two, as the database computes it. */
    private String keyInLanes(int from, int to) throws SQLException {
        while (true) {
            String key = "lane-test-" + UUID.randomUUID();
            try (Connection c = db.getConnection();
                    PreparedStatement q = c.prepareStatement("select hashtext(?) & 7")) {
                q.setString(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    int lane = rs.getInt(1);
                    if (lane >= from && lane <= to) {
                        return key;
                    }
                }
            }
        }
    }

    private int unsent(String key) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select count(*) from outbox_event where record_key = ? and sent_at is null")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
