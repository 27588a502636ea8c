package no.oslo.styring.platform.json;

import java.io.IOException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

/** Reads a consumed CloudEvent's data as its contract record, the same way in every consumer. */
public final class EventData {

    private static final Logger LOG = Logger.getLogger(EventData.class);

    private EventData() {
    }

    /**
     * The event's data, or null (logged) when it does not match the contract: such an event can never be processed.
     * Events are read leniently: a producer may add optional fields within a version.
     */
    public static <T> T read(ObjectMapper json, CloudEvent event, Class<T> type) {
        try {
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(event.getData() == null ? new byte[0] : event.getData().toBytes());
        } catch (IOException e) {
            LOG.errorf("Skipping %s %s: its data does not match the contract: %s", event.getType(), event.getId(),
                    e.getMessage());
            return null;
        }
    }
}
