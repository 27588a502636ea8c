package no.oslo.styring.budget.security;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.budget.BudgetTestData;
import no.oslo.styring.platform.testing.RoleMatrixBehaviour;

/** Every operation of the budget-service by every role (see {@link RoleMatrixBehaviour}). */
@QuarkusTest
class RoleMatrixTest extends RoleMatrixBehaviour {

    String own;
    String other;

    @BeforeEach
    void units() {
        own = BudgetTestData.knownUnit();
        other = BudgetTestData.knownUnit();
    }

    @Override
    protected String ownUnit() {
        return own;
    }

    @Override
    protected String otherUnit() {
        return other;
    }
}
