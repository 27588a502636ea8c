package no.oslo.styring.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "styring.outbox")
public interface OutboxConfig {

    /** CloudEvents source of this service's events, e.g. {@code /styring/assignment-service}. */
    String source();

    /** Rows relayed per transaction; at national scale a close writes tens of thousands of reports. */
    @WithDefault("1000")
    int batchSize();

    /** The safety-net sweep: events are relayed right after each commit, and at this interval anyway. */
    @WithDefault("5s")
    Duration sweepInterval();

    /** How long one batch may wait for Kafka's acknowledgements before the batch is retried. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** Sent events are kept this long (for audit and replay), then deleted. */
    @WithDefault("P7D")
    Duration retention();
}
