package no.oslo.styring.platform.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * What every service does at its edge. It answers with {@code X-Content-Type-Options: nosniff} and allows no other origin
 * (no CORS) unless configured. And it refuses a bearer token that is not a valid one of ours, against its real token verification
 * (quarkus-oidc with the test realm's public key): no token, a malformed one, an expired one, one not valid yet, one from
 * another issuer, one for another audience, an unsigned one ({@code alg: none}), one signed HS256 with the public key as
 * its secret, one signed with a key we do not trust, and a genuine one with a claim changed after signing: each is a 401,
 * and none reads anything. A query parameter with the NUL character or percent-encoding that is not UTF-8 is a 400
 * naming it. A genuine token reads the same path, so the refusals cannot pass by accident. Each service's
 * test extends this and names a path a reader may read.
 */
public abstract class EdgeBehaviour {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** A path of the service that a reader may GET (with its query), e.g. {@code /api/v1/budget-frames?year=2025}. */
    protected abstract String readablePath();

    private RequestSpecification request() {
        return given().redirects().follow(false);
    }

    @Test
    void aGenuineTokenReadsThePath() {
        request().auth().oauth2(TestTokens.reader()).get(readablePath()).then().statusCode(200);
    }

    static Stream<Arguments> badTokens() {
        long now = System.currentTimeMillis() / 1000;
        String genuine = TestTokens.reader();
        String[] parts = genuine.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tamperedPayload = payload.replace("\"reader\"", "\"department\"");
        // each forgery must differ from the genuine token where it claims to, or its case would test nothing
        if (tamperedPayload.equals(payload) || !header.matches(".*\"alg\"\\s*:\\s*\"RS256\".*")) {
            throw new IllegalStateException("the genuine token is not shaped as expected: " + header + " " + payload);
        }
        return Stream.of(
                Arguments.of("malformed", "not.a.token"),
                Arguments.of("garbage", "eyJ%%%"),
                Arguments.of("expired", TestTokens.expired()),
                Arguments.of("not valid yet", Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).upn("leser")
                        .claim("realm_access", Map.of("roles", List.of("reader"))).issuedAt(now + 3600)
                        .claim("nbf", now + 3600).expiresAt(now + 7200).jws().keyId("test").sign(TestTokens.privateKey())),
                Arguments.of("another issuer", Jwt.issuer("https://elsewhere.example/realms/styring")
                        .audience(TestTokens.AUDIENCE).upn("leser").claim("realm_access", Map.of("roles",
                                List.of("reader")))
                        .expiresIn(600).jws().keyId("test").sign(TestTokens.privateKey())),
                Arguments.of("another audience", Jwt.issuer(TestTokens.ISSUER).audience("another-api").upn("leser")
                        .claim("realm_access", Map.of("roles", List.of("reader"))).expiresIn(600).jws().keyId("test")
                        .sign(TestTokens.privateKey())),
                Arguments.of("alg none", URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}"
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "."),
                Arguments.of("HS256 with the public key as secret", hs256(header.replaceAll("\"alg\"\\s*:\\s*\"RS256\"",
                        "\"alg\":\"HS256\""), payload, TestTokens.publicKeyPem())),
                Arguments.of("signed with a key we do not trust", TestTokens.forged()),
                Arguments.of("a claim changed after signing", parts[0] + "." + URL.encodeToString(tamperedPayload
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aTokenThatIsNotAValidOneOfOursIsA401(String what, String token) {
        request().header("Authorization", "Bearer " + token).get(readablePath()).then().statusCode(401);
    }

    @Test
    void everyAnswerSaysItsOwnTypeAndNoOtherOriginIsAllowed() {
        request().auth().oauth2(TestTokens.reader()).get(readablePath()).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
        request().get(readablePath()).then().statusCode(401).header("X-Content-Type-Options", "nosniff");
        // a page elsewhere may not read the API from a browser: no Access-Control-Allow-Origin, for a preflight or a GET
        request().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .options(readablePath()).then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
        request().header("Origin", "https://elsewhere.example").auth().oauth2(TestTokens.reader()).get(readablePath())
                .then().statusCode(200).header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aParameterWithTheNulCharacterOrBrokenUtf8IsA400NamingIt() {
        String sep = readablePath().contains("?") ? "&" : "?";
        // sent as typed: the percent-escapes reach the service as they are
        request().urlEncodingEnabled(false).auth().oauth2(TestTokens.reader()).get(readablePath() + sep + "unit=HEL%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field",
                        org.hamcrest.Matchers.equalTo("unit"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("NUL"));
        request().urlEncodingEnabled(false).auth().oauth2(TestTokens.reader()).get(readablePath() + sep + "unit=%C3%28")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("unit"))
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("is not percent-encoded UTF-8"));
        request().urlEncodingEnabled(false).auth().oauth2(TestTokens.reader()).get(readablePath() + sep + "unit=%C3%A6")
                .then().statusCode(org.hamcrest.Matchers.not(400));
    }

    @Test
    void noTokenIsA401() {
        request().get(readablePath()).then().statusCode(401);
        request().header("Authorization", "Basic bGVzZXI6c3R5cmluZw==").get(readablePath()).then().statusCode(401);
    }

    private static String hs256(String header, String payload, String secret) {
        try {
            String signingInput = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return signingInput + "." + URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
