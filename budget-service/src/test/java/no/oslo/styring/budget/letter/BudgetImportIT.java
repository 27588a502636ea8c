package no.oslo.styring.budget.letter;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged jar. */
@QuarkusIntegrationTest
class BudgetImportIT extends BudgetImportTest {
}
