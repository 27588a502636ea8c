package no.oslo.styring.platform.reporting;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.oslo.styring.contract.CloseChunkV1;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.PeriodClosedV1;
import no.oslo.styring.contract.PeriodReopenedV1;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.consume.ConsumerConfig;
import no.oslo.styring.platform.inbox.Inbox;
import no.oslo.styring.platform.outbox.Outbox;
import no.oslo.styring.platform.period.PeriodId;

/**
 * Handles {@code period.closed}: locks the period and publishes (through the outbox) one report per reporting unit with its
 * next revision (a close that ends reopenings: one per reopened unit).
 *
 * <p>
 * The close is planned in one transaction, a chunk of units at a time ({@link ReportingConfig#closeChunkSize()}): the
 * plan fixes every chunk's units and revisions in {@code close_chunk}, writes chunk 0 with its reports at once, and
 * publishes the other chunks on {@code styring.close.chunks}. The service's consumer group takes those back in, so its
 * replicas share them, and each chunk is written in a transaction of its own with its reports and their outbox rows, which
 * the relay sends as soon as it commits. A city's close is one chunk: one transaction, as before. A redelivered
 * {@code period.closed} is skipped by the inbox, a redelivered chunk by its {@code done_at}; a crash part-way leaves the
 * chunks not yet written to be redelivered, so no unit is reported twice and none is missing.
 */
@ApplicationScoped
public class PeriodCloser {

    private static final Logger LOG = Logger.getLogger(PeriodCloser.class);
    private static final String CONSUMER = "period-closed";
    private static final String CONSUMER_REOPENED = "period-reopened";

    @Inject
    EntityManager em;

    @Inject
    Inbox inbox;

    @Inject
    Outbox outbox;

    @Inject
    PeriodGuard guard;

    @Inject
    UnitDirectory units;

    @Inject
    PeriodReportSource source;

    @Inject
    ReportingConfig config;

    @Inject
    ConsumerConfig consumer;

    @Inject
    ObjectMapper json;

    /** The close's plan and its first chunk, in one transaction. */
    @Transactional
    public void onPeriodClosed(String eventId, PeriodClosedV1 event) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            LOG.debugf("Skipping redelivered period.closed %s", eventId);
            return;
        }
        PeriodId period = PeriodId.parse(event.periodId());
        readOnlyReads();
        guard.lockExclusively(period);
        PeriodLock lock = em.find(PeriodLock.class, period.toString());
        boolean firstClose = lock == null;
        if (firstClose) {
            lock = new PeriodLock(period.toString());
        } else {
            em.unwrap(Session.class).setReadOnly(lock, false);
        }
        lock.closed(event.closedAt(), event.closedBy(), event.closeRevision());
        if (firstClose) {
            em.persist(lock);
        }

        Instant now = Instant.now();
        List<KnownUnit> reporting = units.reportingUnits();
        if (event.units() != null) {
            // a close that ends reopenings issues the reopened units' reports again, and no others
            Set<String> reopened = Set.copyOf(event.units());
            reporting = reporting.stream().filter(u -> reopened.contains(u.code())).toList();
        }
        em.createNativeQuery("update period_reopening set ended_at = ?1 where period_id = ?2 and ended_at is null")
                .setParameter(1, event.closedAt()).setParameter(2, period.toString()).executeUpdate();

        Map<String, Integer> latest = latestRevisions(period);
        int size = Math.max(1, config.closeChunkSize());
        // a close larger than a chunk writes a tenth of one with its plan, so that its first reports leave at once
        int first = reporting.size() <= size ? size : Math.max(1, size / 10);
        List<Chunk> plan = new ArrayList<>();
        int from = 0;
        do {
            int to = Math.min(reporting.size(), from + (plan.isEmpty() ? first : size));
            List<KnownUnit> group = reporting.subList(from, to);
            int[] revisions = group.stream().mapToInt(u -> latest.getOrDefault(u.code(), 0) + 1).toArray();
            plan.add(new Chunk(period, event.closeRevision(), plan.size(), group, revisions, now));
            from = to;
        } while (from < reporting.size());
        int chunks = plan.size();
        savePlan(plan);
        if (!reporting.isEmpty()) {
            write(plan.get(0));
        }
        for (Chunk chunk : plan.subList(1, plan.size())) {
            outbox.publish(Topics.CLOSE_CHUNKS, service() + "/" + period + "/" + chunk.closeRevision() + "/" + chunk.number(),
                    EventTypes.CLOSE_CHUNK, period + "/" + chunk.number(),
                    new CloseChunkV1(service(), period.toString(), chunk.closeRevision(), chunk.number(), chunks));
        }
        LOG.infof("Period %s closed (close %d): %d reports, %s", period, event.closeRevision(), reporting.size(),
                chunks == 1 ? "published" : "in " + chunks + " chunks of " + size + ", the first (" + first + ") published");
    }

    /**
     * Handles one chunk of a close (chunks 1 and up): writes and publishes its units' reports in this transaction, once.
     * Another service's chunks, and chunks already written, are skipped.
     */
    @Transactional
    public void onCloseChunk(CloseChunkV1 event) {
        if (!service().equals(event.service())) {
            return;
        }
        PeriodId period = PeriodId.parse(event.periodId());
        readOnlyReads();
        Chunk chunk = claim(period, event.closeRevision(), event.chunk());
        if (chunk == null) {
            LOG.debugf("Skipping chunk %d of close %d of %s: written already", event.chunk(), event.closeRevision(), period);
            return;
        }
        write(chunk);
        Number left = (Number) em.createNativeQuery("select count(*) from close_chunk where period_id = ?1 "
                + "and close_revision = ?2 and done_at is null").setParameter(1, period.toString())
                .setParameter(2, event.closeRevision()).getSingleResult();
        if (left.intValue() == 0) {
            LOG.infof("Period %s (close %d): the last of %d chunks published", period, event.closeRevision(), event.chunks());
        }
    }

    /** Handles {@code period.reopened}: the unit's submissions for the period are accepted until it expires or ends. */
    @Transactional
    public void onPeriodReopened(String eventId, PeriodReopenedV1 event) {
        if (!inbox.firstDelivery(CONSUMER_REOPENED, eventId)) {
            LOG.debugf("Skipping redelivered period.reopened %s", eventId);
            return;
        }
        em.createNativeQuery("insert into period_reopening (period_id, unit_code, reopened_at, reopened_by, reason, "
                + "expires_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing").setParameter(1, event.periodId())
                .setParameter(2, event.unit()).setParameter(3, event.reopenedAt()).setParameter(4, event.reopenedBy())
                .setParameter(5, event.reason()).setParameter(6, event.expiresAt()).executeUpdate();
        LOG.infof("Period %s reopened for %s until %s", event.periodId(), event.unit(), event.expiresAt());
    }

    /**
     * What a close reads is only read: its writes go through SQL (the plan, the reports, their events). Without this, every
     * query of the close would first dirty-check what it loaded, among it the letters with their lists of units: at
     * national scale (23 000 units a letter) a chunk took 6.6 s instead of a fraction of one.
     */
    private void readOnlyReads() {
        em.unwrap(Session.class).setDefaultReadOnly(true);
    }

    /** A chunk of a close: its units in order, each one's report revision, and when the close was planned. */
    private record Chunk(PeriodId period, int closeRevision, int number, List<KnownUnit> units, int[] revisions,
            Instant generatedAt) {
    }

    /** Builds, stores and publishes the reports of a chunk; its row is marked written (chunk 0: written with its plan). */
    private void write(Chunk chunk) {
        Set<String> codes = new LinkedHashSet<>();
        chunk.units().forEach(u -> codes.add(u.code()));
        PeriodReportSource.Reports reports = source.prepare(chunk.period(), codes);
        List<Outbox.Pending> events = new ArrayList<>(chunk.units().size());
        for (int i = 0; i < chunk.units().size(); i++) {
            KnownUnit unit = chunk.units().get(i);
            events.add(new Outbox.Pending(unit.code(), unit.code() + "/" + chunk.period(),
                    toJson(reports.report(unit, chunk.revisions()[i], chunk.generatedAt()))));
        }
        List<UUID> eventIds = outbox.publishAllJson(source.topic(), source.eventType(), events);
        storeReports(chunk, events, eventIds);
    }

    /** The plan's rows, chunk 0 marked written (it is, in this transaction). */
    private void savePlan(List<Chunk> plan) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into close_chunk (period_id, close_revision, "
                    + "chunk, units, revisions, planned_at, done_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (Chunk chunk : plan) {
                    Timestamp at = Timestamp.from(chunk.generatedAt());
                    insert.setString(1, chunk.period().toString());
                    insert.setInt(2, chunk.closeRevision());
                    insert.setInt(3, chunk.number());
                    insert.setArray(4, connection.createArrayOf("text", chunk.units().stream().map(KnownUnit::code)
                            .toArray(String[]::new)));
                    insert.setArray(5, connection.createArrayOf("int4", Arrays.stream(chunk.revisions()).boxed()
                            .toArray(Integer[]::new)));
                    insert.setTimestamp(6, at);
                    insert.setTimestamp(7, chunk.number() == 0 ? at : null);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Marks a chunk written and returns it; null when it was written already (a redelivery) or is unknown. */
    private Chunk claim(PeriodId period, int closeRevision, int number) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update close_chunk set done_at = now() "
                    + "where period_id = ? and close_revision = ? and chunk = ? and done_at is null "
                    + "returning units, revisions, planned_at")) {
                update.setString(1, period.toString());
                update.setInt(2, closeRevision);
                update.setInt(3, number);
                try (ResultSet row = update.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    String[] codes = (String[]) array(row.getArray(1));
                    Integer[] revisions = (Integer[]) array(row.getArray(2));
                    Map<String, KnownUnit> known = units.byCodes(List.of(codes));
                    List<KnownUnit> chunkUnits = new ArrayList<>(codes.length);
                    for (String code : codes) {
                        KnownUnit unit = known.get(code);
                        chunkUnits.add(unit != null ? unit : new KnownUnit(code));
                    }
                    return new Chunk(period, closeRevision, number, chunkUnits,
                            Arrays.stream(revisions).mapToInt(Integer::intValue).toArray(),
                            row.getTimestamp(3).toInstant());
                }
            }
        });
    }

    private static Object array(Array array) throws java.sql.SQLException {
        try {
            return array.getArray();
        } finally {
            array.free();
        }
    }

    /**
     * Stores a chunk's reports with one statement, their JSON taken from their events' outbox rows just written: sent to
     * the database and parsed once, not twice (at national scale 9.5 MB a chunk).
     */
    private void storeReports(Chunk chunk, List<Outbox.Pending> events, List<UUID> eventIds) {
        String[] codes = events.stream().map(Outbox.Pending::key).toArray(String[]::new);
        Integer[] revisions = Arrays.stream(chunk.revisions()).boxed().toArray(Integer[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into period_report (unit_code, period_id, "
                    + "revision, event_id, payload, generated_at) select r.u, ?, r.rev, r.e, o.payload, ? from "
                    + "unnest(?::text[], ?::int[], ?::uuid[]) as r(u, rev, e) join outbox_event o on o.event_id = r.e")) {
                insert.setString(1, chunk.period().toString());
                insert.setTimestamp(2, Timestamp.from(chunk.generatedAt()));
                insert.setArray(3, connection.createArrayOf("text", codes));
                insert.setArray(4, connection.createArrayOf("int4", revisions));
                insert.setArray(5, connection.createArrayOf("uuid", eventIds.toArray(UUID[]::new)));
                int stored = insert.executeUpdate();
                if (stored != codes.length) {
                    throw new IllegalStateException("stored " + stored + " of " + codes.length + " reports of chunk "
                            + chunk.number() + " of " + chunk.period());
                }
            }
        });
    }

    /**
     * The latest report revision of each unit for the period (units without a report are absent), counting the
     * revisions that chunks of an earlier close not yet written will take.
     */
    private Map<String, Integer> latestRevisions(PeriodId period) {
        Map<String, Integer> latest = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select unit_code, max(revision) from (select unit_code, revision "
                + "from period_report where period_id = ?1 union all select c.unit_code, c.revision from close_chunk k, "
                + "unnest(k.units, k.revisions) as c(unit_code, revision) where k.period_id = ?1 and k.done_at is null) r "
                + "group by unit_code").setParameter(1, period.toString()).getResultList();
        rows.forEach(row -> latest.put((String) row[0], ((Number) row[1]).intValue()));
        return latest;
    }

    private String service() {
        return consumer.service().orElseThrow();
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("report data cannot be written as JSON", e);
        }
    }
}
