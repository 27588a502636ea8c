package no.oslo.styring.climate.status;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class ClimateReportIT extends ClimateReportTest {
}
