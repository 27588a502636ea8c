package no.oslo.styring.assignment.calendar;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class CalendarResourceIT extends CalendarResourceTest {
}
