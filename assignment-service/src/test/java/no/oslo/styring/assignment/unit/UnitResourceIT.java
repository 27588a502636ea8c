package no.oslo.styring.assignment.unit;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class UnitResourceIT extends UnitResourceTest {
}
