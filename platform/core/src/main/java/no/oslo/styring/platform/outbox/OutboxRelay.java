package no.oslo.styring.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * Relays outbox rows to Kafka as CloudEvents in binary mode (the SDK's serializer writes the {@code ce_*} headers), in id
 * order, in batches. It runs right after every commit that wrote events ({@link #wake()}), and on a periodic sweep that
 * catches up after Kafka or the service was down.
 *
 * <p>
 * The outbox has eight lanes: a key's events are always in the same one (the database computes it from the record key).
 * A batch takes the advisory lock of every lane no other relay holds, and sends those lanes' events in id order; so the
 * relays of several replicas send at once, each on lanes of its own, and each key's events stay in order. With one
 * replica a batch holds all eight.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key of lane 0 of the relay ("STYRING" in ASCII, shortened); lane n is this + n. */
    private static final long LOCK_KEY = 0x5354_5952_494EL;
    /** Lanes of the outbox (V0_4__outbox_lanes.sql: hashtext(record_key) & 7). */
    private static final int LANES = 8;
    /** How soon a batch that found lanes held by another replica's relay looks again. */
    private static final long LANE_RETRY_MS = 50;

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry metrics;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay-retry");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Producer<String, CloudEvent> producer;
    private volatile boolean failing;

    /** The advisory lock a relay holds while it sends a lane's events (what another replica's relay would hold). */
    public static long laneLock(int lane) {
        return LOCK_KEY + lane;
    }

    void onStart(@Observes StartupEvent event) {
        wake();
    }

    void onStop(@Observes ShutdownEvent event) {
        retry.shutdownNow();
        executor.shutdown();
    }

    /**
     * Asks for a relay run soon; calls while one is pending are merged. Once the service is stopping, it asks for none:
     * what is left is sent by the next start.
     */
    public void wake() {
        if (executor.isShutdown()) {
            return;
        }
        if (pending.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                pending.set(false);
            }
        }
    }

    @Scheduled(every = "${styring.outbox.sweep-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wake();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteOldSentEvents() {
        Instant before = Instant.now().minus(config.retention());
        int deleted = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("delete from OutboxEvent where sentAt < :before").setParameter("before", before).executeUpdate());
        if (deleted > 0) {
            LOG.debugf("Deleted %d relayed outbox events older than %s", deleted, before);
        }
    }

    private void drain() {
        pending.set(false);
        try {
            Batch batch;
            do {
                batch = relayBatch();
                metrics.counter("styring.outbox.relayed").increment(batch.sent());
            } while (batch.sent() == config.batchSize());
            if (!batch.allLanes()) {
                // another replica's relay held some lanes: what it had not read yet is looked at again shortly
                retry.schedule(this::wake, LANE_RETRY_MS, TimeUnit.MILLISECONDS);
            }
            if (failing) {
                LOG.info("Outbox relay recovered: events are reaching Kafka again");
                failing = false;
            }
        } catch (RuntimeException e) {
            metrics.counter("styring.outbox.relay.failures").increment();
            if (!failing) {
                LOG.warnf("Outbox relay could not reach Kafka; events stay in the outbox and are retried: %s", e.toString());
                failing = true;
            }
        }
    }

    /** What a batch sent, and whether it held every lane. */
    private record Batch(int sent, boolean allLanes) {
    }

    /** Relays one batch in one transaction; rows are marked sent only after Kafka acknowledged all of them. */
    private Batch relayBatch() {
        int timeoutSeconds = (int) config.sendTimeout().toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> lanes = em.createNativeQuery("select l from generate_series(0, ?2) l "
                    + "where pg_try_advisory_xact_lock(?1 + l)").setParameter(1, LOCK_KEY).setParameter(2, LANES - 1)
                    .getResultList();
            boolean allLanes = lanes.size() == LANES;
            if (lanes.isEmpty()) {
                return new Batch(0, false); // other relays hold every lane
            }
            List<OutboxEvent> batch = em.createQuery("from OutboxEvent where sentAt is null and lane in :lanes order by id",
                    OutboxEvent.class).setParameter("lanes", lanes.stream().map(Number::shortValue).toList())
                    .setMaxResults(config.batchSize()).getResultList();
            if (batch.isEmpty()) {
                return new Batch(0, allLanes);
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                acks.add(producer().send(new ProducerRecord<>(event.topic, event.recordKey, toCloudEvent(event))));
            }
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            em.createQuery("update OutboxEvent set sentAt = :now where id in :ids").setParameter("now", Instant.now())
                    .setParameter("ids", batch.stream().map(e -> e.id).toList()).executeUpdate();
            return new Batch(batch.size(), allLanes);
        });
    }

    private CloudEvent toCloudEvent(OutboxEvent event) {
        return CloudEventBuilder.v1()
                .withId(event.eventId.toString())
                .withSource(URI.create(config.source()))
                .withType(event.type)
                .withSubject(event.subject)
                .withTime(event.occurredAt.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.payload.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private Producer<String, CloudEvent> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (ProducerConfig.configNames().contains(key)) {
                    props.put(key, value);
                }
            });
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Math.min(config.sendTimeout().toMillis(), 10_000));
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(config.sendTimeout().toMillis(), 10_000));
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
            props.keySet().removeIf(k -> k.endsWith(".serializer"));
            CloudEventSerializer serializer = new CloudEventSerializer();
            serializer.configure(Map.of(), false);
            producer = new KafkaProducer<>(props, new StringSerializer(), serializer);
        }
        return producer;
    }

    @PreDestroy
    void close() {
        retry.shutdownNow();
        executor.shutdownNow();
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
