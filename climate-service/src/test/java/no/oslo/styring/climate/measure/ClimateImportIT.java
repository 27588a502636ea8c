package no.oslo.styring.climate.measure;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class ClimateImportIT extends ClimateImportTest {
}
