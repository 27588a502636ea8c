package no.oslo.styring.platform.outbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.Session;

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

    /** One event of a {@link #publishAllJson} call: its record key, CloudEvents subject and JSON data. */
    public record Pending(String key, String subject, String payload) {
    }

    /**
     * Records many events of one topic and type at once, in the caller's transaction and in the given order, with one
     * statement (a period close writes one report event per unit: at national scale tens of thousands).
     *
     * @return the event ids (ce_id), in the order of {@code events}
     */
    @Transactional(TxType.MANDATORY)
    public List<UUID> publishAllJson(String topic, String type, List<Pending> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        UUID[] ids = new UUID[events.size()];
        String[] keys = new String[events.size()];
        String[] subjects = new String[events.size()];
        String[] payloads = new String[events.size()];
        for (int i = 0; i < ids.length; i++) {
            Pending e = events.get(i);
            ids[i] = UUID.randomUUID();
            keys[i] = e.key();
            subjects[i] = e.subject();
            payloads[i] = e.payload();
        }
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            // identities are drawn in the order of the select, which is the given order: the relay's order
            try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event (event_id, topic, "
                    + "record_key, type, subject, occurred_at, payload) select e.id, ?, e.k, ?, e.s, ?, e.p::jsonb from "
                    + "unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) with ordinality as e(id, k, s, p, n) order by e.n")) {
                insert.setString(1, topic);
                insert.setString(2, type);
                insert.setTimestamp(3, now);
                insert.setArray(4, connection.createArrayOf("uuid", ids));
                insert.setArray(5, connection.createArrayOf("text", keys));
                insert.setArray(6, connection.createArrayOf("text", subjects));
                insert.setArray(7, connection.createArrayOf("text", payloads));
                insert.executeUpdate();
            }
        });
        wakeRelayAfterCommit();
        return List.of(ids);
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
