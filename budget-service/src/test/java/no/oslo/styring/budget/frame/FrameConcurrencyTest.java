package no.oslo.styring.budget.frame;

import static io.restassured.RestAssured.given;
import static no.oslo.styring.budget.BudgetTestData.importHelseetaten;
import static no.oslo.styring.budget.BudgetTestData.knownUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.Contention;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * A hundred department staff editing one frame at once, each with the ETag it read (#19.2): every write succeeds or
 * gets 412, each success is one recorded version and one event, and no one's change is lost.
 */
@QuarkusTest
class FrameConcurrencyTest {

    private static final int EDITORS = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The frame as read: its ETag and, as a PUT body, its lines with one more. */
    private record Edit(String etag, String body) {
    }

    /**
     * Reads the frame and makes the PUT body that adds the editor's own line: the GET's base and lines sent back as
     * they came (the write shape is the read shape), parsed once with Jackson.
     */
    private static Edit read(long id, String text) {
        Response got = given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}", id);
        got.then().statusCode(200);
        try {
            JsonNode frame = JSON.readTree(got.asByteArray());
            ObjectNode change = JSON.createObjectNode();
            change.set("base", frame.get("base"));
            ArrayNode lines = ((ArrayNode) frame.get("lines")).deepCopy();
            ObjectNode mine = lines.addObject().put("text", text);
            mine.putArray("amounts").add(1).add(0).add(0).add(0);
            change.set("lines", lines);
            change.put("reason", text);
            return new Edit(got.header("ETag"), change.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int put(long id, Edit edit) {
        return given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).header("If-Match", edit.etag())
                .body(edit.body()).put("/api/v1/budget-frames/{id}", id).statusCode();
    }

    private static List<Integer> versions(long id) {
        return given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}/versions", id).then()
                .statusCode(200).extract().jsonPath().getList("version", Integer.class);
    }

    private static List<String> lineTexts(long id) {
        try {
            JsonNode frame = JSON.readTree(given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}", id)
                    .then().statusCode(200).extract().asByteArray());
            List<String> texts = new ArrayList<>();
            frame.get("lines").forEach(line -> texts.add(line.get("text").asText()));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frame events of the unit on styring.budget.changes, once {@code expected} have come and no more follow. */
    private static int events(String unit, int expected) {
        TestKafka.awaitRecords(Topics.BUDGET_CHANGES, r -> unit.equals(r.key()), expected, Duration.ofSeconds(60));
        return TestKafka.recordsNow(Topics.BUDGET_CHANGES, r -> unit.equals(r.key()), Duration.ofSeconds(1)).size();
    }

    @Test
    void ofAHundredEditorsFromOneVersionOneWinsAndTheOthersGet412() throws IOException {
        String unit = knownUnit();
        long id = importHelseetaten(unit, TestIds.year());
        List<String> before = lineTexts(id);

        List<Integer> statuses = Contention.atOnce(EDITORS, i -> {
            Edit edit = read(id, "Endring " + i);
            return () -> put(id, edit);
        });

        assertEquals(EDITORS, statuses.stream().filter(s -> s == 200 || s == 412).count(), statuses.toString());
        assertEquals(1, Collections.frequency(statuses, 200), statuses.toString());
        int winner = statuses.indexOf(200);
        assertEquals(List.of(1, 2), versions(id));
        List<String> after = lineTexts(id);
        assertEquals(before.size() + 1, after.size());
        assertEquals("Endring " + winner, after.get(after.size() - 1));
        assertEquals(2, events(unit, 2), "the import's event and the winner's, no more");
    }

    @Test
    void aHundredEditorsWhoReadAgainAfter412AllGetTheirChangeIn() throws IOException {
        String unit = knownUnit();
        long id = importHelseetaten(unit, TestIds.year());
        int linesBefore = lineTexts(id).size();

        List<Integer> attempts = Contention.untilAccepted(EDITORS, 10, i -> put(id, read(id, "Endring " + i)));

        int writes = attempts.stream().mapToInt(Integer::intValue).sum();
        assertEquals(IntStream.rangeClosed(1, EDITORS + 1).boxed().toList(), versions(id),
                EDITORS + " successes among " + writes + " writes, each one version");
        List<String> lines = lineTexts(id);
        assertEquals(linesBefore + EDITORS, lines.size());
        for (int i = 0; i < EDITORS; i++) {
            assertEquals(1, Collections.frequency(lines, "Endring " + i), "editor " + i + "'s line, once");
        }
        assertEquals(EDITORS + 1, events(unit, EDITORS + 1));
    }
}
