package no.oslo.styring.budget.consume;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.platform.testing.DeadLetterBehaviour;

/** Records on styring.periods and styring.units that the budget-service cannot process go to its dead-letter topics. */
@QuarkusTest
class DeadLetterTest extends DeadLetterBehaviour {

    @Override
    protected String service() {
        return "budget";
    }
}
