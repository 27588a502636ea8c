package no.oslo.styring.budget.status;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class BudgetStatusIT extends BudgetStatusTest {
}
