package no.oslo.styring.budget;

import org.junit.jupiter.api.Test;

import no.oslo.styring.platform.testing.ArchitectureRules;

/** The suite's architecture rules on this service's classes; see {@link ArchitectureRules}. */
class ArchitectureTest {

    @Test
    void featurePackagesFormNoCycleAndDomainClassesArePlainJava() {
        ArchitectureRules.check("no.oslo.styring.budget");
    }
}
