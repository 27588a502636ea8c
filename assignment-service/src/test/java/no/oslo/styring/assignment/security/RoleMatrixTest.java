package no.oslo.styring.assignment.security;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.assignment.TestUnits;
import no.oslo.styring.platform.testing.RoleMatrixBehaviour;

/** Every operation of the assignment-service by every role (see {@link RoleMatrixBehaviour}). */
@QuarkusTest
class RoleMatrixTest extends RoleMatrixBehaviour {

    String own;
    String other;

    @BeforeEach
    void units() {
        String department = TestUnits.department();
        own = TestUnits.agency("Etat A", department);
        other = TestUnits.agency("Etat B", department);
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
