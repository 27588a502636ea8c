package no.oslo.styring.indicator.imports;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class IndicatorImportIT extends IndicatorImportTest {
}
