package no.oslo.styring.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "styring.security")
public interface SecurityConfig {

    /** The access-token claim that holds a reporter's unit code (a Keycloak user attribute mapped to the token). */
    @WithDefault("unit")
    String unitClaim();

    /** Verified bearer tokens, remembered until they expire so that each is verified once (see VerifiedTokens). */
    TokenCache tokenCache();

    interface TokenCache {

        /** How many tokens are remembered at most; 0 verifies every request's token. */
        @WithDefault("10000")
        int maxSize();

        /** The longest a token is remembered (never past its own expiry). */
        @WithDefault("5m")
        java.time.Duration ttl();
    }
}
