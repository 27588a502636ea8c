package no.oslo.styring.platform.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.contract.UnitUpsertedV1;

class EventReaderTest {

    private static final String UNIT = "{\"code\":\"HEL\",\"name\":\"Helseetaten\",\"kind\":\"AGENCY\",\"parents\":[\"HLS\"]}";

    private final EventReader reader = new EventReader(new ObjectMapper());

    @Test
    void aContractEventIsReadWithItsData() {
        ConsumedEvent event = reader.read(Topics.UNITS, headers(EventTypes.UNIT_UPSERTED), bytes(UNIT));
        assertEquals(EventTypes.UNIT_UPSERTED, event.type());
        assertEquals("e-1", event.id());
        UnitUpsertedV1 unit = reader.as(event, UnitUpsertedV1.class);
        assertEquals("Helseetaten", unit.name());
        assertEquals(java.util.List.of("HLS"), unit.parents());
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsNotACloudEvent() {
        DeadLetter d = assertThrows(DeadLetter.class,
                () -> reader.read(Topics.PERIODS, new RecordHeaders(), bytes("not-a-cloud-event")));
        assertEquals(DeadLetterReason.NOT_A_CLOUD_EVENT, d.reason());
        assertTrue(d.getMessage().startsWith("not-a-cloud-event: "), d.getMessage());
    }

    @Test
    void dataThatIsNotJsonSaysWhereButNotWhat() {
        DeadLetter d = assertThrows(DeadLetter.class,
                () -> reader.read(Topics.UNITS, headers(EventTypes.UNIT_UPSERTED), bytes("{\"code\": secret-value")));
        assertEquals(DeadLetterReason.NOT_JSON, d.reason());
        assertTrue(d.getMessage().contains("line 1, column"), d.getMessage());
        assertFalse(d.getMessage().contains("secret"), "the payload stays out of the reason: " + d.getMessage());
    }

    @Test
    void aTypeTheContractDoesNotPutOnTheTopicIsUnknown() {
        DeadLetter other = assertThrows(DeadLetter.class,
                () -> reader.read(Topics.PERIODS, headers(EventTypes.UNIT_UPSERTED), bytes(UNIT)));
        assertEquals(DeadLetterReason.UNKNOWN_TYPE, other.reason());
        DeadLetter unknown = assertThrows(DeadLetter.class,
                () -> reader.read(Topics.UNITS, headers("no.oslo.styring.unit.exploded.v1"), bytes(UNIT)));
        assertEquals(DeadLetterReason.UNKNOWN_TYPE, unknown.reason());
        assertTrue(unknown.getMessage().contains("no.oslo.styring.unit.exploded.v1"), unknown.getMessage());
    }

    @Test
    void dataThatBreaksItsSchemaNamesTheField() {
        DeadLetter d = assertThrows(DeadLetter.class, () -> reader.read(Topics.UNITS, headers(EventTypes.UNIT_UPSERTED),
                bytes("{\"code\":\"HEL\",\"name\":\"Helseetaten\",\"kind\":\"PLANET\",\"parents\":[]}")));
        assertEquals(DeadLetterReason.SCHEMA_VIOLATION, d.reason());
        assertTrue(d.getMessage().contains("kind"), d.getMessage());
    }

    @Test
    void backoffDoublesUpToItsLimit() {
        var initial = java.time.Duration.ofMillis(200);
        var max = java.time.Duration.ofSeconds(1);
        assertEquals(200, Failures.backoff(1, initial, max).toMillis());
        assertEquals(400, Failures.backoff(2, initial, max).toMillis());
        assertEquals(800, Failures.backoff(3, initial, max).toMillis());
        assertEquals(1000, Failures.backoff(4, initial, max).toMillis());
        assertEquals(1000, Failures.backoff(400, initial, max).toMillis());
    }

    private static RecordHeaders headers(String type) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes("e-1"));
        headers.add("ce_source", bytes("/styring/assignment-service"));
        headers.add("ce_type", bytes(type));
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("content-type", bytes("application/json"));
        return headers;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
