package no.oslo.styring.platform.consume;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;

/** A consumed record read as a CloudEvent of the contract, with its data checked against its type's schema. */
public record ConsumedEvent(CloudEvent event, JsonNode data) {

    public String id() {
        return event.getId();
    }

    public String type() {
        return event.getType();
    }
}
