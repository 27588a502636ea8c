package no.oslo.styring.portal;

import org.junit.jupiter.api.Test;

import no.oslo.styring.platform.testing.ArchitectureRules;

/**
 * The suite's rules on the portal's packages (see {@link ArchitectureRules}): its features form no cycle and it uses
 * no service's code. It has no domain classes of its own to keep plain.
 */
class ArchitectureTest {

    @Test
    void featurePackagesFormNoCycleAndUseNoServiceCode() {
        ArchitectureRules.checkPackages("no.oslo.styring.portal");
    }
}
