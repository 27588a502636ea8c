package no.oslo.styring.indicator.report;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.SuiteEvents;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;

/**
 * A close larger than a chunk (the test profile's chunks are 5 units): the first chunk (a tenth of one, at least one
 * unit) is written with the plan, the others come back through {@code styring.close.chunks}, each in its own transaction; every unit is reported exactly once,
 * a redelivered chunk changes nothing, and a later close counts the revisions of chunks not yet written.
 */
@QuarkusTest
class ChunkedCloseTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    DataSource db;

    private final List<String> units = new ArrayList<>();
    private String period;

    @BeforeEach
    void unitsAndPeriod() {
        for (int i = 0; i < 12; i++) {
            String code = TestIds.unitCode();
            units.add(code);
            SuiteEvents.unitUpserted(code, "DISTRICT");
        }
        period = TestIds.year() + "-Q1";
        await().atMost(WAIT).until(() -> count("select count(*) from known_unit where code = any(?)", units) == units.size());
    }

    @Test
    void everyUnitIsReportedOnceAcrossTheChunksOfTheClose() throws Exception {
        SuiteEvents.periodClosed(period, 1);

        Predicate<ConsumerRecord<String, String>> ofOurs = r -> units.contains(r.key())
                && (r.key() + "/" + period).equals(TestKafka.header(r, "ce_subject"));
        List<ConsumerRecord<String, String>> reports = TestKafka.awaitRecords(Topics.INDICATOR_REPORTS, ofOurs,
                units.size(), WAIT);
        for (ConsumerRecord<String, String> r : reports) {
            EventContract.assertConforms(r);
        }
        await().atMost(WAIT).until(() -> count("select count(*) from close_chunk where period_id = ? and done_at is null",
                period) == 0);
        int chunks = count("select count(*) from close_chunk where period_id = ?", period);
        int reported = count("select count(*) from period_report where period_id = ?", period);
        assertTrue(chunks > 1, "a close of " + reported + " units in chunks of 5 has more than one chunk: " + chunks);
        assertEquals(1 + (reported - 1 + 4) / 5, chunks, "a first chunk of one unit (a tenth of 5), then chunks of 5");
        assertEquals(1, count("select cardinality(units) from close_chunk where period_id = ? and chunk = 0", period));
        assertEquals(reported, count("select count(distinct unit_code) from period_report where period_id = ?", period),
                "no unit reported twice");
        assertEquals(units.size(), count("select count(*) from period_report where period_id = ? and revision = 1 "
                + "and unit_code = any(?)", period, units));

        // every chunk but the first was published on styring.close.chunks: delivering one again writes nothing
        ConsumerRecord<String, String> chunk = TestKafka.awaitRecord(Topics.CLOSE_CHUNKS,
                r -> r.key().startsWith("indicator/" + period + "/1/"), WAIT);
        EventContract.assertConforms(chunk);
        TestKafka.produceEvent(Topics.CLOSE_CHUNKS, chunk.key(), "/styring/indicator-service", EventTypes.CLOSE_CHUNK,
                TestKafka.header(chunk, "ce_subject"), chunk.value());
        Thread.sleep(1500);
        assertEquals(reported, count("select count(*) from period_report where period_id = ?", period));
        List<ConsumerRecord<String, String>> after = TestKafka.recordsNow(Topics.INDICATOR_REPORTS, ofOurs,
                Duration.ofSeconds(1));
        assertEquals(units.size(), after.stream().map(r -> TestKafka.header(r, "ce_id")).distinct().count(),
                "one report event per unit: " + after.size());

        // the close that ends a reopening: the period's lock records it, and only that unit is reported again
        SuiteEvents.periodClosedFor(period, 2, List.of(units.get(3)));
        await().atMost(WAIT).until(() -> revisions(units.get(3)).equals(Map.of(1, 1, 2, 1)));
        assertEquals(2, count("select close_revision from period_lock where period_id = ?", period));
        assertEquals(reported + 1, count("select count(*) from period_report where period_id = ?", period));
    }

    @Test
    void aLaterCloseCountsTheRevisionsOfChunksNotYetWritten() throws Exception {
        String unit = units.get(0);
        // a chunk of an earlier close of the period, planned but not written yet (its service stopped before it)
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into close_chunk "
                        + "(period_id, close_revision, chunk, units, revisions, planned_at) values (?, 1, 1, ?, '{1}', now())")) {
            insert.setString(1, period);
            insert.setArray(2, c.createArrayOf("text", new String[]{unit}));
            insert.executeUpdate();
        }
        SuiteEvents.periodClosedFor(period, 2, List.of(unit));
        Predicate<ConsumerRecord<String, String>> ofUnit = r -> unit.equals(r.key())
                && (unit + "/" + period).equals(TestKafka.header(r, "ce_subject"));
        ConsumerRecord<String, String> second = TestKafka.awaitRecord(Topics.INDICATOR_REPORTS, ofUnit, WAIT);
        assertEquals(2, EventContract.assertConforms(second).path("revision").asInt(),
                "revision 1 is the pending chunk's");

        // the pending chunk arrives: it writes revision 1, once
        TestKafka.produceEvent(Topics.CLOSE_CHUNKS, "indicator/" + period + "/1/1", "/styring/indicator-service",
                EventTypes.CLOSE_CHUNK, period + "/1", """
                        {"service":"indicator","periodId":"%s","closeRevision":1,"chunk":1,"chunks":2}""".formatted(period));
        await().atMost(WAIT).until(() -> revisions(unit).equals(Map.of(1, 1, 2, 1)));
        await().atMost(WAIT).until(() -> count("select count(*) from close_chunk where period_id = ? and done_at is null",
                period) == 0);
    }

    @Test
    void anotherServicesChunksAreSkipped() throws Exception {
        TestKafka.produceEvent(Topics.CLOSE_CHUNKS, "budget/" + period + "/1/1", "/styring/budget-service",
                EventTypes.CLOSE_CHUNK, period + "/1", """
                        {"service":"budget","periodId":"%s","closeRevision":1,"chunk":1,"chunks":2}""".formatted(period));
        // a chunk of ours after it is taken: the other service's did not stop the channel
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into close_chunk "
                        + "(period_id, close_revision, chunk, units, revisions, planned_at) values (?, 1, 1, ?, '{1}', now())")) {
            insert.setString(1, period);
            insert.setArray(2, c.createArrayOf("text", new String[]{units.get(1)}));
            insert.executeUpdate();
        }
        TestKafka.produceEvent(Topics.CLOSE_CHUNKS, "indicator/" + period + "/1/1", "/styring/indicator-service",
                EventTypes.CLOSE_CHUNK, period + "/1", """
                        {"service":"indicator","periodId":"%s","closeRevision":1,"chunk":1,"chunks":2}""".formatted(period));
        await().atMost(WAIT).until(() -> revisions(units.get(1)).equals(Map.of(1, 1)));
        assertEquals(0, count("select count(*) from period_report where period_id = ? and unit_code <> ?", period,
                units.get(1)));
    }

    /** How many reports of each revision the unit has for the period. */
    private Map<Integer, Integer> revisions(String unit) throws SQLException {
        Map<Integer, Integer> found = new HashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select revision, count(*) from "
                        + "period_report where period_id = ? and unit_code = ? group by revision")) {
            q.setString(1, period);
            q.setString(2, unit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getInt(1), rs.getInt(2));
                }
            }
        }
        return found;
    }

    private int count(String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof List<?> list) {
                    q.setArray(i + 1, c.createArrayOf("text", list.toArray()));
                } else {
                    q.setObject(i + 1, params[i]);
                }
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
