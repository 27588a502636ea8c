package no.oslo.styring.platform.problem;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** A value of the wrong type, or JSON that is not JSON, is described in the client's words, never by a Java type. */
class UnreadableValueTest {

    enum Kind {
        AGENCY, DISTRICT
    }

    record Body(BigDecimal value, Long amount, int year, Boolean delivered, LocalDate day, Instant at, Kind kind,
            List<String> reporters, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private static String described(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readValue(json, Body.class));
        String message = ProblemMappers.describe(e);
        assertFalse(message.contains("java.") || message.contains("`") || message.contains("Body"), message);
        return message;
    }

    @Test
    void eachWrongValueSaysWhatItMustBe() {
        assertEquals("'mange' is not a number, such as 81.5", described("{\"value\":\"mange\"}"));
        assertEquals("'12x' is not a whole number", described("{\"amount\":\"12x\"}"));
        assertEquals("'20.5' is not a whole number", described("{\"year\":20.5}"));
        assertEquals("'kanskje' is not true or false", described("{\"delivered\":\"kanskje\"}"));
        assertTrue(described("{\"day\":\"20.06.2025\"}").contains("date such as 2025-06-20"));
        assertTrue(described("{\"at\":\"i går\"}").contains("date and time such as 2025-06-20T10:00:00Z"));
        assertEquals("'ETAT' is not one of [AGENCY, DISTRICT]", described("{\"kind\":\"ETAT\"}"));
        assertEquals("must be a list", described("{\"reporters\":\"HEL\"}"));
        assertEquals("must be a text", described("{\"text\":{\"a\":1}}"));
    }

    @Test
    void aHoleInAListAndANulInATextAreRefusedAtTheirField() {
        ObjectMapper strict = new ObjectMapper();
        new no.oslo.styring.platform.json.StrictJson().customize(strict);

        com.fasterxml.jackson.databind.JsonMappingException hole = assertThrows(
                com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> strict.readValue("{\"reporters\":[\"HEL\",null]}", Body.class));
        assertEquals("must not be null: a list has no empty items", ProblemMappers.describe(hole));
        assertEquals(1, hole.getPath().get(hole.getPath().size() - 1).getIndex());

        com.fasterxml.jackson.databind.JsonMappingException nul = assertThrows(
                com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> strict.readValue("{\"text\":\"a\\u0000b\"}", Body.class));
        assertEquals("must not contain the NUL character (\\u0000)", ProblemMappers.describe(nul));
        assertEquals("text", nul.getPath().get(0).getFieldName());
        assertEquals("HEL", assertDoesNotThrow(() -> strict.readValue("{\"year\":2025,\"reporters\":[\"HEL\"]}", Body.class))
                .reporters().get(0));
    }

    @Test
    void malformedJsonNamesItsLineAndColumn() {
        String message = described("{\n  \"value\": 81,5\n}");
        assertTrue(message.endsWith("(line 2, column 15)"), message);
    }
}
