package no.oslo.styring.indicator.letter;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class IndicatorImportIT extends IndicatorImportTest {
}
