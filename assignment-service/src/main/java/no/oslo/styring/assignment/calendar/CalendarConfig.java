package no.oslo.styring.assignment.calendar;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The styringskalender's iCalendar feeds. */
@ConfigMapping(prefix = "styring.calendar")
public interface CalendarConfig {

    /**
     * The secret the feed keys are derived from (HMAC-SHA256 of the unit code). Without it the feeds are off. Rotating it
     * invalidates every subscription.
     */
    Optional<String> feedSecret();

    /** The public base URL of the assignment-service, for the subscription links. */
    String publicUrl();
}
