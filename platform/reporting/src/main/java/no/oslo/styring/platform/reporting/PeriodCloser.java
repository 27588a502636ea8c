package no.oslo.styring.platform.reporting;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.oslo.styring.contract.PeriodClosedV1;
import no.oslo.styring.platform.inbox.Inbox;
import no.oslo.styring.platform.outbox.Outbox;
import no.oslo.styring.platform.period.PeriodId;

/**
 * Handles {@code period.closed}: locks the period and, in the same transaction, stores and publishes (through the outbox)
 * one report per reporting unit with the next revision. A redelivered close event is skipped by the inbox.
 */
@ApplicationScoped
public class PeriodCloser {

    private static final Logger LOG = Logger.getLogger(PeriodCloser.class);
    private static final String CONSUMER = "period-closed";

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

    @Transactional
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
        for (KnownUnit unit : reporting) {
            int revision = nextRevision(unit.code(), period);
            Object data = source.report(unit, period, revision, now);
            var reportEventId = outbox.publish(source.topic(), unit.code(), source.eventType(), unit.code() + "/" + period,
                    data);
            em.persist(new PeriodReport(unit.code(), period.toString(), revision, now, toJson(data), reportEventId));
        }
        LOG.infof("Period %s closed (close %d): %d reports published", period, event.closeRevision(), reporting.size());
    }

    private int nextRevision(String unit, PeriodId period) {
        Integer max = em
                .createQuery("select max(r.revision) from PeriodReport r where r.unitCode = :unit and r.periodId = :period",
                        Integer.class)
                .setParameter("unit", unit).setParameter("period", period.toString()).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("report data cannot be written as JSON", e);
        }
    }
}
