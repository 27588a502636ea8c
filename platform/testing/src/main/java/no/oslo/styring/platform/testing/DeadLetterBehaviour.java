package no.oslo.styring.platform.testing;

import static no.oslo.styring.platform.testing.TestKafka.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.consume.DeadLetterReplay;

/**
 * What every service that consumes must do with records it cannot process, against the real broker and database: for
 * each topic it consumes, a record that is not a CloudEvent, one whose data is not JSON, one of a type the contract does
 * not know, one that breaks its schema, and one whose processing fails every time (the database refuses it) are each
 * moved to {@code <topic>.dlq.<service>} with their key, value and headers and the reason, origin and time; the good event
 * after them is processed; the service answers live and ready throughout; and a dead letter replayed after the fix is processed
 * once. Each service's test extends this and names its consumed topics.
 */
public abstract class DeadLetterBehaviour {

    private static final String SOURCE = "/styring/assignment-service";

    @Inject
    DataSource database;

    private final List<String> constraints = new ArrayList<>();
    private final List<String> notReady = new CopyOnWriteArrayList<>();
    private volatile boolean watching;
    private Thread watcher;

    /** The service's name in its dead-letter topics: {@code budget}. */
    protected abstract String service();

    /**
     * A good event of a consumed topic: its record, and the row its processing writes ({@code table.column = value}), by
     * which the test sees it processed, and which a check constraint can make the database refuse.
     */
    public record GoodEvent(String key, String type, String data, String table, String column, String value) {
    }

    /** A consumed topic, and how to make a fresh good event for it. */
    public record ConsumedTopic(String topic, Supplier<GoodEvent> next) {
    }

    /** {@code styring.periods} (a close locks the period) and {@code styring.units} (a unit is known). */
    protected List<ConsumedTopic> consumedTopics() {
        return List.of(periods(), new ConsumedTopic(Topics.UNITS, () -> {
            String code = TestIds.unitCode();
            return new GoodEvent(code, EventTypes.UNIT_UPSERTED, SuiteEvents.unitData(code, "AGENCY"), "known_unit", "code",
                    code);
        }));
    }

    private static ConsumedTopic periods() {
        return new ConsumedTopic(Topics.PERIODS, () -> {
            String period = TestIds.year() + "-Q1";
            return new GoodEvent(period, EventTypes.PERIOD_CLOSED, SuiteEvents.periodClosedData(period, 1), "period_lock",
                    "period_id", period);
        });
    }

    @BeforeEach
    void watchReadiness() {
        HttpClient http = HttpClient.newHttpClient();
        // all of health, liveness with it: readiness leaves Kafka out, while each consumed channel's liveness says
        // whether its consumer still runs
        URI ready = URI.create("http://localhost:" + RestAssured.port + "/q/health");
        watching = true;
        watcher = new Thread(() -> {
            while (watching) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        notReady.add(Instant.now() + " " + r.statusCode() + " " + r.body());
                    }
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    notReady.add(Instant.now() + " " + e);
                }
            }
        }, "readiness-watcher");
        watcher.start();
    }

    @AfterEach
    void stopWatchingAndDropConstraints() throws Exception {
        watching = false;
        watcher.interrupt();
        watcher.join(10_000);
        for (String constraint : constraints) {
            sql(constraint.replaceFirst("add constraint (\\S+) check .*", "drop constraint if exists $1"));
        }
        constraints.clear();
    }

    @Test
    void everyKindOfPoisonIsDeadLetteredAndTheGoodEventAfterItIsProcessed() {
        for (ConsumedTopic consumed : consumedTopics()) {
            String topic = consumed.topic();
            String dlq = topic + ".dlq." + service();
            String poisonKey = "poison-" + UUID.randomUUID();
            String contractType = consumed.next().get().type();
            String unknownType = EventTypes.PREFIX + "something.unheard.of.v1";
            String notJsonId = UUID.randomUUID().toString();

            // all to one partition, so that the good event comes after every poison record
            TestKafka.produceRecord(topic, 0, poisonKey, "not-a-cloud-event", new RecordHeaders());
            TestKafka.produceRecord(topic, 0, poisonKey, "{\"periodId\": oops",
                    TestKafka.eventHeaders(notJsonId, SOURCE, contractType, poisonKey));
            TestKafka.produceRecord(topic, 0, poisonKey, "{}",
                    TestKafka.eventHeaders(UUID.randomUUID().toString(), SOURCE, unknownType, poisonKey));
            TestKafka.produceRecord(topic, 0, poisonKey, "{\"unexpected\":true}",
                    TestKafka.eventHeaders(UUID.randomUUID().toString(), SOURCE, contractType, poisonKey));
            GoodEvent refused = consumed.next().get();
            refuse(refused);
            String refusedId = UUID.randomUUID().toString();
            TestKafka.produceRecord(topic, 0, refused.key(), refused.data(),
                    TestKafka.eventHeaders(refusedId, SOURCE, refused.type(), refused.key()));
            GoodEvent good = consumed.next().get();
            TestKafka.produceRecord(topic, 0, good.key(), good.data(),
                    TestKafka.eventHeaders(UUID.randomUUID().toString(), SOURCE, good.type(), good.key()));

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> rows(good) == 1);
            List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords(dlq,
                    r -> poisonKey.equals(r.key()) || refused.key().equals(r.key()), 5, Duration.ofSeconds(60));
            Map<String, ConsumerRecord<String, String>> byKind = new HashMap<>();
            for (ConsumerRecord<String, String> r : dead) {
                byKind.put(header(r, "dead-letter-kind"), r);
            }
            assertEquals(Set.of("not-a-cloud-event", "not-json", "unknown-type", "schema-violation",
                    "processing-failed"), byKind.keySet(), topic);
            for (ConsumerRecord<String, String> r : dead) {
                assertEquals(topic, header(r, "dead-letter-topic"), "origin topic");
                assertEquals("0", header(r, "dead-letter-partition"), "origin partition");
                assertTrue(Long.parseLong(header(r, "dead-letter-offset")) >= 0, "origin offset");
                assertEquals(service(), header(r, "dead-letter-service"));
                Instant when = Instant.parse(header(r, "dead-letter-time"));
                assertTrue(Duration.between(when, Instant.now()).abs().toMinutes() < 5, "time of the dead letter");
                assertNotNull(header(r, "dead-letter-reason"), "reason");
            }
            // the record as it came: key, value and headers
            assertEquals("not-a-cloud-event", byKind.get("not-a-cloud-event").value());
            assertEquals("{\"periodId\": oops", byKind.get("not-json").value());
            assertEquals(notJsonId, header(byKind.get("not-json"), "ce_id"));
            assertEquals(unknownType, header(byKind.get("unknown-type"), "ce_type"));
            assertTrue(header(byKind.get("unknown-type"), "dead-letter-reason").contains(unknownType));
            assertTrue(header(byKind.get("schema-violation"), "dead-letter-reason").contains("breaks its schema"),
                    header(byKind.get("schema-violation"), "dead-letter-reason"));
            ConsumerRecord<String, String> failed = byKind.get("processing-failed");
            assertEquals(refused.data(), failed.value());
            assertEquals(refusedId, header(failed, "ce_id"));
            assertEquals("4", header(failed, "dead-letter-attempts"), "tried the configured number of times");
            assertTrue(header(failed, "dead-letter-reason").contains("failed 4 times"), header(failed, "dead-letter-reason"));
            // nothing of the refused event was written
            assertEquals(0, rows(refused), "no partial write of the refused event");

            String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            for (String kind : byKind.keySet()) {
                assertTrue(metrics.contains("styring_dead_letters_total{reason=\"" + kind + "\",topic=\"" + topic + "\"}"),
                        "dead letters counted by topic and reason: " + kind + " on " + topic);
            }
        }
        assertEquals(List.of(), notReady, "the service answers live and ready throughout");
    }

    @Test
    void aDeadLetterReplayedAfterTheFixIsProcessedOnce() throws Exception {
        ConsumedTopic periods = periods();
        GoodEvent close = periods.next().get();
        refuse(close);
        String id = UUID.randomUUID().toString();
        TestKafka.produceRecord(Topics.PERIODS, 1, close.key(), close.data(),
                TestKafka.eventHeaders(id, SOURCE, close.type(), close.key()));
        String dlq = Topics.PERIODS + ".dlq." + service();
        TestKafka.awaitRecord(dlq, r -> close.key().equals(r.key()), Duration.ofSeconds(60));
        assertEquals(0, rows(close));

        // the fix: the database accepts the close again
        stopWatchingAndDropConstraints();
        watchReadiness();
        // replayed twice (an operator who replays again): the second copy is skipped by the inbox
        for (int i = 0; i < 2; i++) {
            var result = DeadLetterReplay.replay(TestKafka.bootstrapServers(), dlq, close.key(), false, Duration.ofSeconds(2),
                    System.out);
            assertEquals(1, result.replayed());
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> rows(close) == 1);
        // a reopening keyed by the same period comes after both copies: once it is stored, both were handled
        String unit = TestIds.unitCode();
        String reopened = """
                {"periodId":"%s","unit":"%s","reason":"Etter replay","reopenedAt":"%s","reopenedBy":"admin-hls",\
                "expiresAt":"%s"}""".formatted(close.key(), unit, Instant.now(), Instant.now().plusSeconds(3600));
        TestKafka.produceEvent(Topics.PERIODS, close.key(), SOURCE, EventTypes.PERIOD_REOPENED, close.key(), reopened);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> count("select count(*) from period_reopening where period_id = ?", close.key()) == 1);
        assertEquals(1, count("select count(*) from inbox_event where event_id = ?", id), "processed once");
        assertEquals(0, count("select count(*) from period_report where period_id = ? and revision > 1", close.key()),
                "no report issued twice");
        assertEquals(List.of(), notReady, "the service answers live and ready throughout");
    }

    /** Makes the database refuse the event's row, as a bug would: every attempt at processing it fails. */
    private void refuse(GoodEvent event) {
        String name = "dlq_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        String constraint = "alter table " + event.table() + " add constraint " + name + " check (" + event.column()
                + " <> '" + event.value() + "') not valid";
        sql(constraint);
        constraints.add(constraint);
    }

    private long rows(GoodEvent event) {
        return count("select count(*) from " + event.table() + " where " + event.column() + " = ?", event.value());
    }

    private long count(String query, String parameter) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(query, e);
        }
    }

    private void sql(String statement) {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new AssertionError(statement, e);
        }
    }
}
