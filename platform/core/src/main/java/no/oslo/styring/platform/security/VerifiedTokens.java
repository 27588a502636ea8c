package no.oslo.styring.platform.security;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Bearer tokens that quarkus-oidc has verified, remembered until they expire (or {@code styring.security.token-cache.ttl}
 * passes), so that a portal's token is verified once rather than on every request: checking the signature and parsing the
 * claims was half of the CPU time of a GET.
 *
 * <p>
 * {@link VerifiedTokenRecorder} remembers what quarkus-oidc verified; {@link VerifiedTokenMechanism} answers a request that
 * carries the exact same token (so the same signature) before it expires, and leaves every other request to quarkus-oidc.
 * A remembered identity keeps the principal (the parsed token), the roles and the token, and nothing bound to the request
 * it came from. Verification is local (JWKS), so nothing quarkus-oidc would check on a later request is skipped.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Set on identities given from memory (so they are not remembered again). */
    static final String FROM_CACHE = "styring.token-cache";
    /** quarkus-oidc's attribute: the token's expiry, in epoch seconds. */
    static final String EXPIRE_TIME = "quarkus.identity.expire-time";

    /** A verified token's identity, built once, and when it expires (epoch seconds). */
    private record Verified(SecurityIdentity identity, long expiresAt) {
    }

    /**
     * A token as the cache's key: hashed on its last characters (the signature, which differs between any two tokens) so a
     * look-up does not hash the whole token, and always compared whole.
     */
    private record Token(String value) {

        private static final int HASHED = 48;

        @Override
        public int hashCode() {
            int hash = 0;
            for (int i = Math.max(0, value.length() - HASHED); i < value.length(); i++) {
                hash = 31 * hash + value.charAt(i);
            }
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Token token && token.value.equals(value);
        }
    }

    private final Cache<Token, Verified> cache;
    private final boolean enabled;
    private final AtomicLong hits = new AtomicLong();

    @Inject
    public VerifiedTokens(SecurityConfig config) {
        this.enabled = config.tokenCache().maxSize() > 0;
        this.cache = Caffeine.newBuilder().maximumSize(Math.max(1, config.tokenCache().maxSize()))
                .expireAfterWrite(config.tokenCache().ttl()).build();
    }

    /** The identity of a remembered, unexpired token; null for any other token. */
    SecurityIdentity identityOf(String token) {
        if (!enabled || token == null) {
            return null;
        }
        Token key = new Token(token);
        Verified verified = cache.getIfPresent(key);
        if (verified == null) {
            return null;
        }
        if (Instant.now().getEpochSecond() >= verified.expiresAt()) {
            cache.invalidate(key);
            return null;
        }
        hits.incrementAndGet();
        return verified.identity();
    }

    /**
     * Remembers an identity quarkus-oidc verified from a bearer token. The identity given from memory is built here, once,
     * from the parts that belong to the token (principal, roles, credential, expiry, tenant), not to the request it came
     * with; it is immutable, so every request with the token can share it.
     */
    void remember(SecurityIdentity identity) {
        if (enabled && !identity.isAnonymous() && identity.getAttribute(FROM_CACHE) == null
                && identity.getAttribute(EXPIRE_TIME) instanceof Number expiresAt) {
            AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
            if (credential != null && credential.getToken() != null) {
                // the credential is kept as it is: making a new one parses the token again
                QuarkusSecurityIdentity.Builder remembered = QuarkusSecurityIdentity.builder()
                        .setPrincipal(identity.getPrincipal()).addRoles(Set.copyOf(identity.getRoles()))
                        .addCredential(credential).addAttribute(EXPIRE_TIME, expiresAt.longValue())
                        .addAttribute(FROM_CACHE, true);
                if (identity.getAttribute("tenant-id") != null) {
                    remembered.addAttribute("tenant-id", identity.getAttribute("tenant-id"));
                }
                cache.put(new Token(credential.getToken()), new Verified(remembered.build(), expiresAt.longValue()));
            }
        }
    }

    /** How many requests were authenticated from a remembered token. */
    public long hits() {
        return hits.get();
    }

    /** How many verified tokens are remembered. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
