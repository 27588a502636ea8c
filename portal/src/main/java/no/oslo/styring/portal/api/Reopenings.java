package no.oslo.styring.portal.api;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** A period's reopenings as the assignment-service lists them ({@code GET /api/v1/periods/{id}/reopenings}). Plain Java. */
public final class Reopenings {

    private Reopenings() {
    }

    /** Whether a reopening is in force: not ended by a later close, and not expired. */
    public static boolean active(JsonNode reopening, Instant now) {
        return reopening.path("closedAt").isNull() && expiresAt(reopening).isAfter(now);
    }

    public static Instant expiresAt(JsonNode reopening) {
        return Instant.parse(reopening.path("expiresAt").asText());
    }
}
