package no.oslo.styring.assignment.oppdrag;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class OppdragResourceIT extends OppdragResourceTest {
}
