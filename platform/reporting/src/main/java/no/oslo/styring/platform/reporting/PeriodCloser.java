package no.oslo.styring.platform.reporting;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import no.oslo.styring.contract.PeriodClosedV1;
import no.oslo.styring.contract.PeriodReopenedV1;
import no.oslo.styring.platform.inbox.Inbox;
import no.oslo.styring.platform.outbox.Outbox;
import no.oslo.styring.platform.period.PeriodId;

/**
 * Handles {@code period.closed}: locks the period and, in the same transaction, stores and publishes (through the outbox)
 * one report per reporting unit with the next revision (a close that ends reopenings: one per reopened unit). A
 * redelivered event is skipped by the inbox.
 */
@ApplicationScoped
public class PeriodCloser {

    private static final Logger LOG = Logger.getLogger(PeriodCloser.class);
    private static final String CONSUMER = "period-closed";
    private static final String CONSUMER_REOPENED = "period-reopened";
    /** Reports built and written (one statement for their events, one for the stored reports) in groups of this size. */
    private static final int WRITE_EVERY = 500;

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
    ObjectMapper json;

    /** At national scale (23 000 units) a close writes and publishes minutes of reports: longer than the default timeout. */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public void onPeriodClosed(String eventId, PeriodClosedV1 event) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            LOG.debugf("Skipping redelivered period.closed %s", eventId);
            return;
        }
        PeriodId period = PeriodId.parse(event.periodId());
        guard.lockExclusively(period);
        PeriodLock lock = em.find(PeriodLock.class, period.toString());
        boolean firstClose = lock == null;
        if (firstClose) {
            lock = new PeriodLock(period.toString());
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
        PeriodReportSource.Reports reports = source.prepare(period);
        for (int from = 0; from < reporting.size(); from += WRITE_EVERY) {
            // at national scale (23 000 units) the reports are written a group at a time, so the heap stays bounded
            List<KnownUnit> group = reporting.subList(from, Math.min(reporting.size(), from + WRITE_EVERY));
            List<Outbox.Pending> events = new ArrayList<>(group.size());
            int[] revisions = new int[group.size()];
            for (int i = 0; i < group.size(); i++) {
                KnownUnit unit = group.get(i);
                revisions[i] = latest.getOrDefault(unit.code(), 0) + 1;
                events.add(new Outbox.Pending(unit.code(), unit.code() + "/" + period,
                        toJson(reports.report(unit, revisions[i], now))));
            }
            List<UUID> eventIds = outbox.publishAllJson(source.topic(), source.eventType(), events);
            storeReports(period, now, events, revisions, eventIds);
        }
        LOG.infof("Period %s closed (close %d): %d reports published", period, event.closeRevision(), reporting.size());
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

    /** Stores a group of reports with one statement: the same JSON as their events, with the events' ids. */
    private void storeReports(PeriodId period, Instant generatedAt, List<Outbox.Pending> events, int[] revisions,
            List<UUID> eventIds) {
        String[] units = events.stream().map(Outbox.Pending::key).toArray(String[]::new);
        Integer[] revs = Arrays.stream(revisions).boxed().toArray(Integer[]::new);
        String[] payloads = events.stream().map(Outbox.Pending::payload).toArray(String[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into period_report (unit_code, period_id, "
                    + "revision, event_id, payload, generated_at) select r.u, ?, r.rev, r.e, r.p::jsonb, ? from "
                    + "unnest(?::text[], ?::int[], ?::uuid[], ?::text[]) as r(u, rev, e, p)")) {
                insert.setString(1, period.toString());
                insert.setTimestamp(2, Timestamp.from(generatedAt));
                insert.setArray(3, connection.createArrayOf("text", units));
                insert.setArray(4, connection.createArrayOf("int4", revs));
                insert.setArray(5, connection.createArrayOf("uuid", eventIds.toArray(UUID[]::new)));
                insert.setArray(6, connection.createArrayOf("text", payloads));
                insert.executeUpdate();
            }
        });
    }

    /** The latest report revision of each unit for the period (units without a report are absent). */
    private Map<String, Integer> latestRevisions(PeriodId period) {
        Map<String, Integer> latest = new HashMap<>();
        em.createQuery("select r.unitCode, max(r.revision) from PeriodReport r where r.periodId = :period group by r.unitCode",
                Object[].class).setParameter("period", period.toString()).getResultList()
                .forEach(row -> latest.put((String) row[0], (Integer) row[1]));
        return latest;
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("report data cannot be written as JSON", e);
        }
    }
}
