package no.oslo.styring.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "styring.security")
public interface SecurityConfig {

    /** The access-token claim that holds a reporter's unit code (a Keycloak user attribute mapped to the token). */
    @WithDefault("unit")
    String unitClaim();
}
