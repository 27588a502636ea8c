package no.oslo.styring.assignment.letter;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.assignment.TestUnits;
import no.oslo.styring.platform.testing.Contention;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * A hundred department staff recording supplementary letters at once, each with the ETag it read (#19.2): every one
 * is recorded or gets 412, each success is one version, and no one's section is lost.
 */
@QuarkusTest
class LetterConcurrencyTest {

    private static final int EDITORS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    String department;
    String agency;
    long id;

    @BeforeEach
    void letter() {
        department = TestUnits.department();
        agency = TestUnits.agency("Testetaten", department);
        int year = TestIds.year();
        String location = given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"year":%d,"title":"Tildelingsbrev %d – %s","issuers":["%s"],"recipients":["%s"],
                 "sections":[{"key":"1","heading":"Innledning","text":"Byrådsavdelingen viser til budsjettet."}]}"""
                .formatted(year, year, agency, department, agency)).post("/api/v1/letters").then().statusCode(201)
                .extract().header("Location");
        id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The letter as read: its ETag, and a supplement with one more section of the editor's own. */
    private record Edit(String etag, String body) {
    }

    private Edit read(int editor) {
        Response got = given().auth().oauth2(TestTokens.reader()).get("/api/v1/letters/{id}", id);
        got.then().statusCode(200);
        try {
            JsonNode letter = JSON.readTree(got.asByteArray());
            ObjectNode supplement = JSON.createObjectNode().put("reason", "Supplement " + editor);
            for (String field : List.of("reference", "date", "issuers", "recipients", "reportingPoints", "inferred")) {
                if (letter.hasNonNull(field)) {
                    supplement.set(field, letter.get(field));
                }
            }
            ArrayNode sections = ((ArrayNode) letter.get("sections")).deepCopy();
            sections.addObject().put("key", "e" + editor).put("heading", "Oppdrag " + editor).put("text", "Tekst");
            supplement.set("sections", sections);
            return new Edit(got.header("ETag"), supplement.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int record(Edit edit) {
        return given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).header("If-Match", edit.etag())
                .body(edit.body()).post("/api/v1/letters/{id}/versions", id).statusCode();
    }

    private List<Integer> versions() {
        return given().auth().oauth2(TestTokens.reader()).get("/api/v1/letters/{id}/versions", id).then().statusCode(200)
                .extract().jsonPath().getList("version", Integer.class);
    }

    private List<String> sectionKeys() {
        return new ArrayList<>(given().auth().oauth2(TestTokens.reader()).get("/api/v1/letters/{id}", id).then()
                .statusCode(200).extract().jsonPath().getList("sections.key", String.class));
    }

    @Test
    void ofAHundredSupplementsFromOneVersionOneIsRecordedAndTheOthersGet412() {
        List<Integer> statuses = Contention.atOnce(EDITORS, i -> {
            Edit edit = read(i);
            return () -> record(edit);
        });

        assertEquals(EDITORS, statuses.stream().filter(s -> s == 201 || s == 412).count(), statuses.toString());
        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(List.of(1, 2), versions());
        assertEquals(List.of("1", "e" + statuses.indexOf(201)), sectionKeys());
    }

    @Test
    void aHundredEditorsWhoReadAgainAfter412AllGetTheirSectionIn() {
        Contention.untilAccepted(EDITORS, 10, i -> record(read(i)));

        assertEquals(IntStream.rangeClosed(1, EDITORS + 1).boxed().toList(), versions());
        List<String> keys = sectionKeys();
        assertEquals(EDITORS + 1, keys.size());
        for (int i = 0; i < EDITORS; i++) {
            assertEquals(1, Collections.frequency(keys, "e" + i), "editor " + i + "'s section, once");
        }
    }
}
