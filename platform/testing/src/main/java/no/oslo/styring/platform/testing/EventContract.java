package no.oslo.styring.platform.testing;

import static no.oslo.styring.platform.testing.TestKafka.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;

/**
 * Checks a record from the real broker against the event contract (contract/asyncapi.yaml): CloudEvents binary-mode
 * headers, the topic of its type, the record key rule, and the data against the type's JSON Schema.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContract() {
    }

    /** Asserts that the record conforms, and returns its data. */
    public static JsonNode assertConforms(ConsumerRecord<String, String> record) {
        for (String name : new String[]{"ce_id", "ce_source", "ce_type", "ce_specversion", "ce_time", "ce_subject"}) {
            assertNotNull(header(record, name), "header " + name + " on " + record.topic());
        }
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals("application/json", header(record, "content-type"));
        OffsetDateTime.parse(header(record, "ce_time"));
        String type = header(record, "ce_type");
        String schemaPath = EventTypes.SCHEMAS.get(type);
        if (schemaPath == null) {
            fail("unknown event type " + type);
        }
        assertEquals(EventTypes.TOPICS.get(type), record.topic(), "topic of " + type);

        JsonNode data;
        try {
            data = JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError("data of " + type + " is not JSON: " + record.value(), e);
        }
        Set<ValidationMessage> errors = SCHEMAS.computeIfAbsent(type, t -> load(schemaPath)).validate(data);
        assertTrue(errors.isEmpty(), type + " data violates its schema: " + errors + " in " + record.value());

        if (EventTypes.INDICATOR_CHANGED.equals(type)) {
            // an indicator belongs to a letter sent to many units: keyed by its code, named by year and code
            assertEquals(data.path("code").asText(), record.key(), "record key of " + type);
            assertEquals(data.path("year").asText() + "/" + data.path("code").asText(), header(record, "ce_subject"));
            return data;
        }
        if (EventTypes.CLOSE_CHUNK.equals(type)) {
            // a chunk of a service's close: keyed by service, period, close and chunk, so chunks spread over partitions
            assertEquals(data.path("service").asText() + "/" + data.path("periodId").asText() + "/"
                    + data.path("closeRevision").asText() + "/" + data.path("chunk").asText(), record.key(),
                    "record key of " + type);
            assertEquals(data.path("periodId").asText() + "/" + data.path("chunk").asText(), header(record, "ce_subject"));
            return data;
        }
        if (Topics.ASSIGNMENTS.equals(EventTypes.TOPICS.get(type))) {
            // one event per recipient unit: keyed by the unit, named by the unit and the oppdrag
            assertEquals(data.path("unit").asText(), record.key(), "record key of " + type);
            assertEquals(data.path("unit").asText() + "/oppdrag/" + data.path("oppdragId").asText(),
                    header(record, "ce_subject"));
            return data;
        }
        // period events are keyed (and named) by the period, unit events by the code, everything else by its unit
        boolean periodEvent = Topics.PERIODS.equals(EventTypes.TOPICS.get(type));
        String expectedKey = periodEvent
                ? data.path("periodId").asText()
                : EventTypes.UNIT_UPSERTED.equals(type) ? data.path("code").asText() : data.path("unit").asText();
        assertEquals(expectedKey, record.key(), "record key of " + type);
        if (!periodEvent && data.has("unit") && data.has("periodId")) {
            assertEquals(data.path("unit").asText() + "/" + data.path("periodId").asText(), header(record, "ce_subject"));
        } else {
            assertEquals(expectedKey, header(record, "ce_subject"), "ce_subject of " + type);
        }
        return data;
    }

    private static JsonSchema load(String path) {
        InputStream in = EventContract.class.getClassLoader().getResourceAsStream(path);
        assertNotNull(in, "schema " + path);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
}
