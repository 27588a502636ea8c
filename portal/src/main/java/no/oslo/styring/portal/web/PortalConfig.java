package no.oslo.styring.portal.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The portal's own settings ({@code styring.portal.*} in application.properties; each surfaced in the Helm values). */
@ConfigMapping(prefix = "styring.portal")
public interface PortalConfig {

    /** Whether the portal's own cookies (the form token) are Secure: true wherever it is served over HTTPS. */
    @WithDefault("false")
    boolean secureCookies();

    Pdf pdf();

    Live live();

    interface Pdf {

        /** PDFs laid out at once, at most; the rest wait their turn (at most 30 s, then 503). */
        @WithDefault("2")
        int concurrency();
    }

    interface Live {

        /** How often an open overview gets a comment line, so that proxies keep the connection. */
        @WithDefault("20s")
        Duration heartbeat();
    }
}
