package no.oslo.styring.indicator.measurement;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class BulkUploadIT extends BulkUploadTest {
}
