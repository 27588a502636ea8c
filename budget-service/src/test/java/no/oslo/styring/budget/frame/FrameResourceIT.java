package no.oslo.styring.budget.frame;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar: the frame GET's non-blocking read as it runs in production. */
@QuarkusIntegrationTest
class FrameResourceIT extends FrameResourceTest {
}
