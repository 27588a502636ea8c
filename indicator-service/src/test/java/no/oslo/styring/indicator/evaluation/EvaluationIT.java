package no.oslo.styring.indicator.evaluation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class EvaluationIT extends EvaluationTest {
}
