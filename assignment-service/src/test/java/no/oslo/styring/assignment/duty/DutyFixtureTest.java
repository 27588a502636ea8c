package no.oslo.styring.assignment.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The reporting duties both letters name, as transcribed: each loads, is due in exactly one way, and is told apart. */
class DutyFixtureTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @Test
    void everyTranscribedDutyIsDueInExactlyOneWayAndNamesItsReportersAndRecipient() throws IOException {
        JsonNode file;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fixtures/reporting-duties.json")) {
            file = JSON.readTree(in);
        }
        assertEquals("styring.reporting-duties.v1", file.path("format").asText());
        Set<String> keys = new HashSet<>();
        int hel = 0;
        int bydel = 0;
        for (JsonNode d : file.path("duties")) {
            String key = d.path("key").asText();
            assertTrue(keys.add(key), key + " twice");
            DutyRequest.When when = JSON.treeToValue(d.path("when"), DutyRequest.When.class);
            assertEquals(List.of(), when.timing().problems("when.", d.path("year").asInt()), key);
            assertTrue(Set.of("HLS", "SET", "UTD", "FIN").contains(d.path("issuer").asText()), key);
            assertTrue(d.path("reporters").size() > 0 && !d.path("to").asText().isBlank()
                    && !d.path("text").asText().isBlank(), key);
            if (key.startsWith("hel-2025-")) {
                hel++;
                assertEquals(List.of("HEL"), JSON.treeToValue(d.path("reporters"), List.class), key);
            } else {
                assertTrue(key.startsWith("bydel-2024-"), key);
                bydel++;
                assertEquals(List.of("DISTRICTS"), JSON.treeToValue(d.path("reporters"), List.class), key);
            }
        }
        assertTrue(hel >= 5, "Helseetaten's letter names at least the five of 6.2; found " + hel);
        assertTrue(bydel >= 1, "the bydel letter names duties too; found " + bydel);
    }
}
