package no.oslo.styring.platform.consume;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How consumed events are retried before a record is dead-lettered ({@code styring.consumer.*}). */
@ConfigMapping(prefix = "styring.consumer")
public interface ConsumerConfig {

    /** Attempts at processing a record whose processing fails for a reason that does not pass, before it is dead-lettered. */
    @WithDefault("4")
    int attempts();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("200ms")
    Duration backoff();

    /** The longest wait between two attempts (a database that stays away is retried at this pace, never dead-lettered). */
    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * The service's name in its dead-letter topics ({@code styring.periods.dlq.budget}) and in their headers; required by
     * every service that consumes.
     */
    Optional<String> service();
}
