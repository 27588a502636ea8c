package no.oslo.styring.assignment.letter;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class LetterResourceIT extends LetterResourceTest {
}
