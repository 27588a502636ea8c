package no.oslo.styring.platform.reporting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a reporting service writes a period close. */
@ConfigMapping(prefix = "styring.reporting")
public interface ReportingConfig {

    /**
     * Units per chunk of a close. A close of at most this many units is written in one transaction with its plan; a larger
     * one writes a first chunk of a tenth of this so (its first reports leave at once) and publishes the others on
     * {@code styring.close.chunks}, each written in a transaction of its own by whichever replica takes it.
     */
    @WithDefault("500")
    int closeChunkSize();
}
