package no.oslo.styring.platform.consume;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.kafka.common.header.Headers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;

import no.oslo.styring.contract.EventTypes;

/**
 * Reads a consumed record as a CloudEvent of the event contract (Kafka binary mode, JSON data, a type the contract puts on
 * this topic, data valid against the type's JSON Schema), or throws a {@link DeadLetter} saying which of these it is not.
 * Plain Java: the rules are unit-tested without a broker.
 */
public final class EventReader {

    /** Validation messages quoted in a dead letter's reason, at most (they name fields, never values). */
    private static final int MAX_MESSAGES = 5;

    private final ObjectMapper json;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    public EventReader(ObjectMapper json) {
        this.json = json;
    }

    public ConsumedEvent read(String topic, Headers headers, byte[] value) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(headers, value).toEvent();
        } catch (RuntimeException e) {
            throw new DeadLetter(DeadLetterReason.NOT_A_CLOUD_EVENT,
                    "no CloudEvent in Kafka binary mode (ce_id, ce_source, ce_type, ce_specversion headers): "
                            + e.getMessage());
        }
        String type = event.getType();
        if (!topic.equals(EventTypes.TOPICS.get(type))) {
            throw new DeadLetter(DeadLetterReason.UNKNOWN_TYPE, "ce_type '" + type + "' is not an event type of " + topic
                    + " in the contract");
        }
        JsonNode data;
        try {
            byte[] bytes = event.getData() == null ? new byte[0] : event.getData().toBytes();
            data = json.readTree(bytes);
            if (data == null || data.isMissingNode()) {
                throw new IOException("no data");
            }
        } catch (IOException e) {
            throw new DeadLetter(DeadLetterReason.NOT_JSON, "the data of " + type + " " + event.getId() + " is not JSON"
                    + where(e));
        }
        Set<ValidationMessage> errors = schemas.computeIfAbsent(type, t -> load(EventTypes.SCHEMAS.get(t))).validate(data);
        if (!errors.isEmpty()) {
            throw new DeadLetter(DeadLetterReason.SCHEMA_VIOLATION, "the data of " + type + " " + event.getId()
                    + " breaks its schema: " + errors.stream().limit(MAX_MESSAGES).map(ValidationMessage::getMessage)
                            .map(EventReader::shortened).collect(Collectors.joining("; ")));
        }
        return new ConsumedEvent(event, data);
    }

    /** The data as its contract record (already valid against the schema). */
    public <T> T as(ConsumedEvent event, Class<T> type) {
        try {
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).treeToValue(event.data(),
                    type);
        } catch (IOException e) {
            throw new DeadLetter(DeadLetterReason.SCHEMA_VIOLATION, "the data of " + event.type() + " " + event.id()
                    + " does not match its contract record " + type.getSimpleName() + where(e));
        }
    }

    private static JsonSchema load(String path) {
        try (InputStream in = EventReader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("schema " + path + " is not on the class path");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("schema " + path + " cannot be read", e);
        }
    }

    /** Where parsing stopped, never what it found there: the payload stays out of headers and logs. */
    private static String where(IOException e) {
        if (e instanceof JsonProcessingException parse && parse.getLocation() != null) {
            return " (at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    /** Schema messages name the field and the rule ("$.closedBy: must be at most 100 characters long"); long ones cut. */
    private static String shortened(String message) {
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
