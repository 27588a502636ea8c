package no.oslo.styring.platform.testing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The real Kafka broker of the test run ({@code ./styring test} starts it on 127.0.0.1:19092; {@code -Dstyring.test.kafka}
 * overrides), through the SmallRye Kafka companion.
 */
public final class TestKafka {

    private static KafkaCompanion companion;

    private TestKafka() {
    }

    public static String bootstrapServers() {
        return System.getProperty("styring.test.kafka", "127.0.0.1:19092");
    }

    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(bootstrapServers());
        }
        return companion;
    }

    /** Waits for the first record on the topic (read from the beginning) that matches, and returns it. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration timeout) {
        return awaitRecords(topic, match, 1, timeout).get(0);
    }

    /** Waits until {@code count} records on the topic match, and returns all that match. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic,
            Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        ConsumerTask<String, String> task = companion().consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("test-" + UUID.randomUUID()).fromTopics(topic);
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(
                    () -> task.getRecords().stream().filter(match).count() >= count);
            return task.getRecords().stream().filter(match).toList();
        } finally {
            task.stop();
        }
    }

    /** All records on the topic that match, read from the beginning until {@code settle} passes with no new record. */
    public static List<ConsumerRecord<String, String>> recordsNow(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration settle) {
        ConsumerTask<String, String> task = companion().consumeStrings().withOffsetReset(OffsetResetStrategy.EARLIEST)
                .withGroupId("test-" + UUID.randomUUID()).fromTopics(topic);
        try {
            long[] last = {-1, System.nanoTime()};
            await().atMost(settle.multipliedBy(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
                long n = task.count();
                if (n != last[0]) {
                    last[0] = n;
                    last[1] = System.nanoTime();
                    return false;
                }
                return System.nanoTime() - last[1] > settle.toNanos();
            });
            return task.getRecords().stream().filter(match).toList();
        } finally {
            task.stop();
        }
    }

    /**
     * Produces a CloudEvent in binary mode, as another service of the suite would.
     *
     * @return the event id (ce_id)
     */
    public static String produceEvent(String topic, String key, String source, String type, String subject, String json) {
        String id = UUID.randomUUID().toString();
        produceEvent(topic, key, id, source, type, subject, json);
        return id;
    }

    /** Produces a CloudEvent with a given id, e.g. to redeliver one. */
    public static void produceEvent(String topic, String key, String id, String source, String type, String subject,
            String json) {
        companion().produceStrings()
                .fromRecords(new ProducerRecord<>(topic, null, key, json, eventHeaders(id, source, type, subject)))
                .awaitCompletion(Duration.ofSeconds(20));
    }

    /** The CloudEvents binary-mode headers of an event, as the suite's producers write them. */
    public static RecordHeaders eventHeaders(String id, String source, String type, String subject) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes(id));
        headers.add("ce_source", bytes(source));
        headers.add("ce_type", bytes(type));
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_time", bytes(OffsetDateTime.now().toString()));
        headers.add("ce_subject", bytes(subject));
        headers.add("content-type", bytes("application/json"));
        return headers;
    }

    /** Produces any record, as a client with write access to the topic could: to a given partition, with given headers. */
    public static void produceRecord(String topic, int partition, String key, String value, RecordHeaders headers) {
        companion().produceStrings().fromRecords(new ProducerRecord<>(topic, partition, key, value, headers))
                .awaitCompletion(Duration.ofSeconds(20));
    }

    /** A topic's configuration value as the broker reports it, e.g. {@code cleanup.policy}. */
    public static String topicConfig(String topic, String name) {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin
                .create(java.util.Map.of("bootstrap.servers", bootstrapServers()))) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
            return admin.describeConfigs(List.of(resource)).all().get(20, java.util.concurrent.TimeUnit.SECONDS).get(resource)
                    .get(name).value();
        } catch (Exception e) {
            throw new AssertionError("cannot read " + name + " of topic " + topic, e);
        }
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
