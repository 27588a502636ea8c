package no.oslo.styring.platform.consume;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * The one way every consumer of the suite takes a record in. It reads the record as a CloudEvent of the contract
 * ({@link EventReader}), hands it to the handler of its type, and acknowledges it. A record that cannot be read, or whose
 * processing fails {@link ConsumerConfig#attempts()} times for a reason that does not pass, is moved to the service's
 * dead-letter topic of that topic ({@code styring.periods.dlq.budget}) with its key, value and headers and headers saying
 * why, where from and when; the consumer goes on with the next record and the channel stays healthy. A failure that
 * passes (the database restarting) is retried with back-off for as long as it lasts, never dead-lettered.
 *
 * <p>
 * The channel is configured with {@code failure-strategy=dead-letter-queue} and a byte-array value deserializer, so that
 * SmallRye's dead-letter queue writes the record exactly as it was consumed.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    /** Longest reason carried in a header and a log line. */
    private static final int MAX_REASON = 500;

    public static final String HEADER_KIND = "dead-letter-kind";
    public static final String HEADER_SERVICE = "dead-letter-service";
    public static final String HEADER_TIME = "dead-letter-time";
    public static final String HEADER_ATTEMPTS = "dead-letter-attempts";

    @Inject
    ObjectMapper json;

    @Inject
    ConsumerConfig config;

    @Inject
    MeterRegistry metrics;

    private EventReader reader;
    private String service;

    @PostConstruct
    void init() {
        reader = new EventReader(json);
        service = config.service().orElseThrow(() -> new IllegalStateException(
                "styring.consumer.service is not set: a service that consumes names its dead-letter topics with it"));
    }

    /** The dead-letter topic of a consumed topic in this service: {@code styring.periods.dlq.budget}. */
    public String deadLetterTopic(String topic) {
        return topic + ".dlq." + service;
    }

    /** The event's data as its contract record. */
    public <T> T data(ConsumedEvent event, Class<T> type) {
        return reader.as(event, type);
    }

    /**
     * Reads and handles one record; returns its acknowledgement, or its negative acknowledgement that moves it to the
     * dead-letter topic. Types of the topic that have no handler here are acknowledged and skipped.
     */
    public CompletionStage<Void> take(KafkaRecord<String, byte[]> record, Map<String, Consumer<ConsumedEvent>> handlers) {
        ConsumedEvent event;
        try {
            event = reader.read(record.getTopic(), record.getHeaders(), record.getPayload());
        } catch (DeadLetter unreadable) {
            return deadLetter(record, unreadable, 0);
        }
        Consumer<ConsumedEvent> handler = handlers.get(event.type());
        if (handler == null) {
            LOG.debugf("Skipping %s %s on %s: not for this service", event.type(), event.id(), record.getTopic());
            return record.ack();
        }
        Attempts.Outcome outcome = Attempts.run(() -> handler.accept(event), config.attempts(), config.backoff(),
                config.maxBackoff(), wait -> Thread.sleep(wait.toMillis()),
                (failure, passing, attempt, wait) -> LOG.warnf("%s %s on %s failed%s (%s); attempt %d, trying again in %d ms",
                        event.type(), event.id(), record.getTopic(), passing ? " for a passing reason" : "",
                        Failures.describe(failure), attempt, wait.toMillis()));
        if (outcome instanceof Attempts.Done done) {
            if (done.attempt() > 1) {
                LOG.infof("%s %s processed at attempt %d", event.type(), event.id(), done.attempt());
            }
            return record.ack();
        }
        if (outcome instanceof Attempts.Failed failed) {
            return deadLetter(record, failed.deadLetter(), failed.attempts());
        }
        // the service is stopping: left unacknowledged, so that it is delivered again after the restart
        return new CompletableFuture<>();
    }

    private CompletionStage<Void> deadLetter(KafkaRecord<String, byte[]> record, DeadLetter why, int attempts) {
        String target = deadLetterTopic(record.getTopic());
        String reason = cut(why.getMessage());
        metrics.counter("styring.dead.letters", "topic", record.getTopic(), "reason", why.reason().code()).increment();
        LOG.warnf("Dead letter: %s partition %d offset %d (key %s, ce_id %s) moved to %s: %s", record.getTopic(),
                record.getPartition(), offset(record), record.getKey(), header(record, "ce_id"), target, reason);
        RecordHeaders added = new RecordHeaders();
        added.add(HEADER_KIND, bytes(why.reason().code()));
        added.add(HEADER_SERVICE, bytes(service));
        added.add(HEADER_TIME, bytes(Instant.now().toString()));
        added.add(HEADER_ATTEMPTS, bytes(Integer.toString(attempts)));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder().withTopic(target)
                .withHeaders(added).build();
        return record.nack(why, Metadata.of(metadata));
    }

    private static long offset(KafkaRecord<String, byte[]> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L);
    }

    private static String header(KafkaRecord<String, byte[]> record, String name) {
        var header = record.getHeaders().lastHeader(name);
        return header == null || header.value() == null ? "-" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String cut(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > MAX_REASON ? oneLine.substring(0, MAX_REASON) + "…" : oneLine;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
