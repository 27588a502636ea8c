package no.oslo.styring.budget.frame;

import static io.restassured.RestAssured.given;
import static no.oslo.styring.budget.BudgetTestData.helseetaten;
import static no.oslo.styring.budget.BudgetTestData.importHelseetaten;
import static no.oslo.styring.budget.BudgetTestData.importLetter;
import static no.oslo.styring.budget.BudgetTestData.knownUnit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.EventContract;
import no.oslo.styring.platform.testing.TestIds;
import no.oslo.styring.platform.testing.TestKafka;
import no.oslo.styring.platform.testing.TestTokens;

/** A frame's history: every change a new version, "as of" reads, events on styring.budget.changes, and If-Match. */
@QuarkusTest
class FrameResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The frame's current base and lines with one more change line, as a PUT body. */
    private static String withExtraLine(long id, String text, long amount2025, String reason) {
        JsonPath frame = given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}", id).then()
                .statusCode(200).extract().jsonPath();
        StringBuilder lines = new StringBuilder();
        for (int l = 0; l < frame.getList("lines").size(); l++) {
            lines.append(line(frame.getString("lines[" + l + "].text"), frame.getList("lines[" + l + "].amounts.amount",
                    Long.class))).append(',');
        }
        lines.append(line(text, List.of(amount2025, 0L, 0L, 0L)));
        return "{\"base\":" + line(frame.getString("base.text"), frame.getList("base.amounts.amount", Long.class))
                + ",\"lines\":[" + lines + "],\"reason\":\"" + reason + "\"}";
    }

    private static String line(String text, List<Long> amounts) {
        return "{\"text\":\"" + text + "\",\"amounts\":" + amounts + "}";
    }

    private static Response put(long id, String ifMatch, String body, String token) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/budget-frames/{id}", id);
    }

    private static List<Integer> frameAmounts(Response response) {
        return response.then().extract().jsonPath().getList("frame.amount", Integer.class);
    }

    @Test
    void aChangeIsANewVersionPublishedOnBudgetChangesAndTheOldOneIsKept() throws IOException {
        String unit = knownUnit();
        int year = TestIds.year();
        long id = importHelseetaten(unit, year);
        String v1At = given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}", id).then()
                .statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1)).extract().path("recordedAt");

        Response changed = put(id, "\"1\"", withExtraLine(id, "Sak 1: legevakt", 1_000, "Sak 1/" + year),
                TestTokens.department());
        changed.then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2))
                .body("reason", equalTo("Sak 1/" + year)).body("recordedBy", equalTo("admin-hls"))
                .body("lines", hasSize(23));
        assertEquals(List.of(1_207_593, 1_187_563, 1_175_234, 1_163_333), frameAmounts(changed));
        String v2At = changed.then().extract().path("recordedAt");

        // the event of each version, in order, with the change from the version before
        List<ConsumerRecord<String, String>> events = TestKafka.awaitRecords(Topics.BUDGET_CHANGES,
                r -> unit.equals(r.key()), 2, Duration.ofSeconds(30));
        JsonNode first = EventContract.assertConforms(events.get(0));
        JsonNode second = EventContract.assertConforms(events.get(1));
        assertEquals(EventTypes.BUDGET_FRAME_CHANGED, TestKafka.header(events.get(1), "ce_type"));
        assertEquals(1, first.path("version").asInt());
        assertEquals(1_206_593, first.at("/frame/0/amount").asLong());
        assertEquals(2, second.path("version").asInt());
        assertEquals(1_207_593, second.at("/frame/0/amount").asLong());
        assertEquals(1_000, second.at("/delta/0/amount").asLong());
        assertEquals(0, second.at("/delta/1/amount").asLong());
        assertEquals(34_993, second.at("/changeFromBase/0/amount").asLong());

        // as of a time: what it was then
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", v1At).get("/api/v1/budget-frames/{id}", id).then()
                .statusCode(200).body("version", equalTo(1)).body("frame[0].amount", equalTo(1_206_593));
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", v2At).get("/api/v1/budget-frames/{id}", id).then()
                .statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", Instant.parse(v1At).minusMillis(1).toString())
                .get("/api/v1/budget-frames/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", unit)
                .queryParam("asOf", v1At).get("/api/v1/budget-frames").then().statusCode(200)
                .body("[0].frame[0].amount", equalTo(1_206_593));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", year).queryParam("unit", unit)
                .queryParam("asOf", "2020-01-01").get("/api/v1/budget-frames").then().statusCode(200)
                .body("", hasSize(0));

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}/versions", id).then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)))
                .body("[1].delta.amount", equalTo(List.of(1_000, 0, 0, 0)))
                .body("[0].importId", org.hamcrest.Matchers.notNullValue());

        // importing the same letter again changes nothing; a letter with other figures is the next version
        String changing = importLetter(helseetaten(unit, year), TestTokens.department()).then().statusCode(201)
                .body("framesChanged", equalTo(1)).extract().header("Location");
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}", id).then().header("ETag", "\"3\"")
                .body("frame[0].amount", equalTo(1_206_593));
        String identical = importLetter(helseetaten(unit, year), TestTokens.department()).then().statusCode(201)
                .body("framesChanged", equalTo(0)).extract().header("Location");
        // a receipt read back later says the same
        given().auth().oauth2(TestTokens.department()).get(changing).then().statusCode(200).body("framesChanged",
                equalTo(1));
        given().auth().oauth2(TestTokens.department()).get(identical).then().statusCode(200).body("framesChanged",
                equalTo(0));
        assertEquals(3, TestKafka.awaitRecords(Topics.BUDGET_CHANGES, r -> unit.equals(r.key()), 3, Duration.ofSeconds(30))
                .size());
    }

    @Test
    void theSecondWriterGets412AndNothingIsOverwritten() throws IOException {
        long id = importHelseetaten(knownUnit(), TestIds.year());
        String body = withExtraLine(id, "Endring A", 10, "A");

        put(id, null, body, TestTokens.department()).then().statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));

        // two editors, both from version 1, at the same moment: one wins, the other is told
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<CompletableFuture<Integer>> writers = List.of("Endring A", "Endring B").stream()
                .map(text -> CompletableFuture.supplyAsync(() -> {
                    String mine = withExtraLine(id, text, 10, text);
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return put(id, "\"1\"", mine, TestTokens.department()).statusCode();
                }, pool)).toList();
        start.countDown();
        List<Integer> statuses = writers.stream().map(CompletableFuture::join).sorted().toList();
        pool.shutdown();
        assertEquals(List.of(200, 412), statuses);

        put(id, "\"1\"", body, TestTokens.department()).then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:no:oslo:styring:problem:precondition-failed"))
                .body("errors[0].field", equalTo("If-Match"))
                .body("detail", containsString("version 2"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}/versions", id).then()
                .body("version", equalTo(List.of(1, 2)));
        put(id, "W/\"2\"", body, TestTokens.department()).then().statusCode(200).header("ETag", "\"3\"");

        // a portal that has version 3 is told it is current, without a body; one with version 2 gets version 3
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", "\"3\"").get("/api/v1/budget-frames/{id}", id)
                .then().statusCode(304).header("ETag", "\"3\"");
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", "\"2\"").get("/api/v1/budget-frames/{id}", id)
                .then().statusCode(200).body("version", equalTo(3));
    }

    @Test
    void theNonBlockingFrameReadChecksTheTokenAndAnswersProblems() throws IOException {
        long id = importHelseetaten(knownUnit(), TestIds.year());

        given().get("/api/v1/budget-frames/{id}", id).then().statusCode(401).header("WWW-Authenticate",
                containsString("Bearer"));
        given().auth().oauth2(TestTokens.forged()).get("/api/v1/budget-frames/{id}", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.expired()).get("/api/v1/budget-frames/{id}", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.noRole()).get("/api/v1/budget-frames/{id}", id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}", id + 1_000_000).then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));

        // the first read writes the version's JSON, the second serves it from memory: the same frame both times
        String first = given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}", id).then()
                .statusCode(200).header("ETag", "\"1\"").body("frame.amount", hasItem(1206593)).extract().asString();
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}", id).then().statusCode(200)
                .body(equalTo(first));
    }

    @Test
    void onlyDepartmentStaffChangeFramesAndBadChangesStoreNothing() throws IOException {
        String unit = knownUnit();
        long id = importHelseetaten(unit, TestIds.year());
        String body = withExtraLine(id, "Endring", 10, "Sak");

        put(id, "\"1\"", body, TestTokens.reporter(unit)).then().statusCode(403).contentType("application/problem+json");
        put(id, "\"1\"", body, TestTokens.reader()).then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).put("/api/v1/budget-frames/{id}", id)
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.reporter(TestIds.unitCode())).get("/api/v1/budget-frames/{id}", id).then()
                .statusCode(200);

        put(id, "\"1\"", body.replace("\"reason\":\"Sak\"", "\"reason\":\"\""), TestTokens.department()).then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        put(id, "\"1\"", body.replaceFirst("\"amounts\":\\[(-?\\d+)", "\"amounts\":[-5"), TestTokens.department()).then()
                .statusCode(400).body("errors.field", hasItem("base.amounts[0]"));
        put(id, "\"1\"", body.replace("[10, 0, 0, 0]", "[10, 0]"), TestTokens.department()).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[22].amounts"));
        // a decimal where money is whole: named at its field, in words, with no Java type in the answer
        put(id, "\"1\"", body.replace("[10, 0, 0, 0]", "[10.5, 0, 0, 0]"), TestTokens.department()).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[22].amounts[0]"))
                .body("errors[0].message", equalTo("'10.5' is not a whole number"))
                .body(not(containsString("java.")));
        put(987654321, "\"1\"", body, TestTokens.department()).then().statusCode(404);
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", "i fjor").get("/api/v1/budget-frames/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}", 987654321).then().statusCode(404);

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/budget-frames/{id}/versions", id).then()
                .body("version", equalTo(List.of(1)));
    }

    @Test
    void departmentStaffCreateAFrameOnce() {
        String unit = knownUnit();
        int year = TestIds.year();
        String body = """
                {"letterYear":%d,"letter":"Tildelingsbrev %d","unit":"%s","chapter":"999","chapterName":"Test","years":[%d,%d],
                 "base":{"text":"Vedtatt","amounts":[100,100]},"lines":[{"text":"Økning","amounts":[5,0]}],"reason":"Vedtak"}"""
                .formatted(year, year, unit, year, year + 1);
        String location = given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/budget-frames").then().statusCode(201).header("ETag", "\"1\"")
                .header("Location", containsString("/api/v1/budget-frames/"))
                .body("frame.amount", equalTo(List.of(105, 100))).extract().header("Location");
        given().auth().oauth2(TestTokens.reader()).get(location).then().statusCode(200).body("unit", equalTo(unit));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/budget-frames").then().statusCode(409);
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .body(body.replace(unit, TestIds.unitCode()).replace("\"999\"", "\"998\"")).post("/api/v1/budget-frames")
                .then().statusCode(422).body("errors[0].field", equalTo("unit"));
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON)
                .body(body.replace("[" + year + "," + (year + 1) + "]", "[" + year + "]")).post("/api/v1/budget-frames")
                .then().statusCode(400).body("errors.field", hasItem("base.amounts"));
        given().auth().oauth2(TestTokens.reporter(unit)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/budget-frames").then().statusCode(403);
    }

    @Test
    void whatTheGetReturnsIsWhatThePutTakes() {
        String unit = knownUnit();
        int year = TestIds.year();
        // created in the shape the GET returns: each amount with its year, the years taken from them
        String location = given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).body("""
                {"letterYear":%d,"letter":"Tildelingsbrev %d","unit":"%s","chapter":"997","chapterName":"Test",
                 "base":{"text":"Vedtatt","amounts":[{"year":%d,"amount":100},{"year":%d,"amount":100}]},
                 "lines":[{"text":"Økning","amounts":[{"year":%d,"amount":5},{"year":%d,"amount":0}]}],"reason":"Vedtak"}"""
                .formatted(year, year, unit, year, year + 1, year, year + 1)).post("/api/v1/budget-frames").then()
                .statusCode(201).body("frame.amount", equalTo(List.of(105, 100))).extract().header("Location");

        // the GET's base and lines sent back with its ETag, one amount changed: a new version
        var read = given().auth().oauth2(TestTokens.reader()).get(location).then().statusCode(200).extract();
        ObjectNode change = JSON.createObjectNode();
        change.set("base", JSON.valueToTree(read.jsonPath().getMap("base")));
        ArrayNode lines = JSON.valueToTree(read.jsonPath().getList("lines"));
        ((ObjectNode) lines.get(0).get("amounts").get(1)).put("amount", 7);
        change.set("lines", lines);
        change.put("reason", "Sak 2: endret");
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).header("If-Match", read.header("ETag"))
                .body(change.toString()).put(location).then().statusCode(200).header("ETag", "\"2\"")
                .body("frame.amount", equalTo(List.of(105, 107)));

        // an amount under the wrong year is refused at its field, and nothing is recorded
        ((ObjectNode) lines.get(0).get("amounts").get(1)).put("year", year + 5);
        change.set("lines", lines);
        given().auth().oauth2(TestTokens.department()).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(change.toString()).put(location).then().statusCode(400)
                .body("errors.field", hasItem("lines[0].amounts[1].year"));
        given().auth().oauth2(TestTokens.reader()).get(location + "/versions").then()
                .body("version", equalTo(List.of(1, 2)));
    }
}
