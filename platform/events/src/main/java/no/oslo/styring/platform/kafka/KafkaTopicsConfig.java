package no.oslo.styring.platform.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The topics a service produces or consumes. Where {@code create} is on (local stack and tests), the service creates any that
 * are missing at start; in a cluster the topics are managed resources (Strimzi KafkaTopic) and this stays off.
 */
@ConfigMapping(prefix = "styring.kafka.topics")
public interface KafkaTopicsConfig {

    /** Create missing topics at start-up. */
    @WithDefault("false")
    boolean create();

    /** Partitions of a created topic. */
    @WithDefault("3")
    int partitions();

    /** Replication factor of a created topic. */
    @WithDefault("1")
    short replicationFactor();

    /** Topics with the default delete policy. */
    Optional<List<String>> names();

    /** Topics with {@code cleanup.policy=compact} (the latest record per key is the state). */
    Optional<List<String>> compacted();

    /** This service's dead-letter topics ({@code <topic>.dlq.<service>}), created with {@link #deadLetterRetention()}. */
    Optional<List<String>> deadLetters();

    /** How long a dead-letter topic keeps its records: long enough to find the cause, fix it and replay them. */
    @WithDefault("P14D")
    Duration deadLetterRetention();
}
