package no.oslo.styring.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens signed with the test key pair, shaped like Keycloak's ({@code realm_access.roles}, {@code unit}, {@code aud}).
 * The services' {@code %test} profile holds the public key, so quarkus-oidc verifies these signatures for real: a token
 * signed with another key, or expired, is refused.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test.styring.local/realms/styring";
    public static final String AUDIENCE = "styring-api";

    private static final PrivateKey KEY = load("styring-test/private-key.pem");
    private static final PrivateKey FORGER = load("styring-test/forger-private-key.pem");

    private TestTokens() {
    }

    /** Department staff ({@code admin-hls}). */
    public static String department() {
        return sign(claims("admin-hls", "department", "HLS"), KEY);
    }

    /** The reporter of one unit. */
    public static String reporter(String unit) {
        return sign(claims("rapportor-" + unit.toLowerCase(), "reporter", unit), KEY);
    }

    /** A reader (portal). */
    public static String reader() {
        return sign(claims("leser", "reader", null), KEY);
    }

    /** A valid token with no role of ours. */
    public static String noRole() {
        return sign(Jwt.issuer(ISSUER).audience(AUDIENCE).upn("nobody").preferredUserName("nobody")
                .claim("realm_access", Map.of("roles", List.of("offline_access"))), KEY);
    }

    /** Department staff, signed with a key the services do not trust. */
    public static String forged() {
        return sign(claims("admin-hls", "department", "HLS"), FORGER);
    }

    /** Department staff, expiring in a few seconds. */
    public static String departmentExpiringIn(int seconds) {
        return claims("admin-hls", "department", "HLS").expiresIn(seconds).jws().keyId("test").sign(KEY);
    }

    /** Department staff, expired an hour ago. */
    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return claims("admin-hls", "department", "HLS").issuedAt(now - 7200).expiresAt(now - 3600).jws().keyId("test")
                .sign(KEY);
    }

    /** The test realm's signing key, for a token a test shapes itself (another issuer, audience, validity). */
    public static PrivateKey privateKey() {
        return KEY;
    }

    /** The test realm's public key as PEM text, as an attacker would know it. */
    public static String publicKeyPem() {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream("styring-test/public-key.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JwtClaimsBuilder claims(String user, String role, String unit) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(AUDIENCE).upn(user).preferredUserName(user)
                .claim("realm_access", Map.of("roles", List.of(role)));
        return unit == null ? claims : claims.claim("unit", unit);
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.expiresIn(600).jws().keyId("test").sign(key);
    }

    private static PrivateKey load(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load test key " + resource, e);
        }
    }
}
