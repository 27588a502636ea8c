package no.oslo.styring.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes events into the outbox table inside the caller's transaction. Nothing reaches Kafka unless that transaction commits;
 * once it commits, the {@link OutboxRelay} is woken at once.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Records an event to be published.
     *
     * @param key the record key: the unit code, or the period id for period events
     * @return the event id (ce_id)
     */
    @Transactional(TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, String subject, Object data) {
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + type + " cannot be written as JSON", e);
        }
        return publishJson(topic, key, type, subject, payload);
    }

    /** Records an event whose data is already JSON (a caller that also stores the same JSON writes it once). */
    @Transactional(TxType.MANDATORY)
    public UUID publishJson(String topic, String key, String type, String subject, String payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.recordKey = key;
        event.type = type;
        event.subject = subject;
        event.occurredAt = Instant.now();
        event.payload = payload;
        em.persist(event);
        wakeRelayAfterCommit();
        return event.eventId;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return;
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
