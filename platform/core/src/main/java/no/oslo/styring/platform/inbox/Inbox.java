package no.oslo.styring.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Makes a consumer idempotent: {@link #firstDelivery} records the event id in the consumer's transaction and tells whether
 * this is the first time the event is seen. A redelivered event is then skipped, and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    /** True the first time this consumer sees the event id; false for every redelivery. */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery(
                "insert into inbox_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer).setParameter(2, eventId).executeUpdate() == 1;
    }
}
