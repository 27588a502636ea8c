package no.oslo.styring.budget.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.platform.security.VerifiedTokens;
import no.oslo.styring.platform.testing.TestTokens;

/**
 * Verified tokens are remembered (platform VerifiedTokens), and that changes nothing a caller can observe: an expired token
 * is refused even though it was verified before, a forged twin of a remembered token is refused, and roles still apply.
 */
@QuarkusTest
class VerifiedTokensTest {

    private static int status(String token, String path) {
        return given().auth().oauth2(token).queryParam("year", 2025).get(path).statusCode();
    }

    @Inject
    VerifiedTokens tokens;

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        String token = TestTokens.departmentExpiringIn(3);
        long before = tokens.size();
        long hits = tokens.hits();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).queryParam("year", 2025).get("/api/v1/budget-frames").then().statusCode(200);
        }
        assertEquals(before + 1, tokens.size(), "the token was verified once and remembered");
        assertEquals(hits + 2, tokens.hits(), "the second and third requests were authenticated from memory");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> status(token, "/api/v1/budget-frames") == 401);
        given().auth().oauth2(token).queryParam("year", 2025).get("/api/v1/budget-frames").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aForgedTokenIsRefusedAfterAGenuineOneWasRememberedAndRolesStillApply() {
        String genuine = TestTokens.department();
        given().auth().oauth2(genuine).queryParam("year", 2025).get("/api/v1/budget-frames").then().statusCode(200);
        given().auth().oauth2(TestTokens.forged()).queryParam("year", 2025).get("/api/v1/budget-frames").then()
                .statusCode(401);

        String reader = TestTokens.reader();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(reader).queryParam("year", 2025).get("/api/v1/budget-frames").then().statusCode(200);
            given().auth().oauth2(reader).post("/api/v1/open-data/budget/2025/publication").then().statusCode(403);
        }
    }

    @Test
    void aTokenWithARememberedSignatureButAnotherPayloadIsRefused() {
        String reader = TestTokens.reader();
        given().auth().oauth2(reader).queryParam("year", 2025).get("/api/v1/budget-frames").then().statusCode(200);
        String[] parts = reader.split("\\.");
        String department = TestTokens.department().split("\\.")[1];
        // the reader's signature (what remembered tokens are looked up by) on department staff's claims
        String tampered = parts[0] + "." + department + "." + parts[2];
        given().auth().oauth2(tampered).post("/api/v1/open-data/budget/2025/publication").then().statusCode(401);
        given().auth().oauth2(reader).post("/api/v1/open-data/budget/2025/publication").then().statusCode(403);
    }
}
