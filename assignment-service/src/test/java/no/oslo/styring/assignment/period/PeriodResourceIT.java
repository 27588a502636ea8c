package no.oslo.styring.assignment.period;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class PeriodResourceIT extends PeriodResourceTest {
}
