package no.oslo.styring.indicator.security;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.indicator.IndicatorTestData;
import no.oslo.styring.platform.testing.RoleMatrixBehaviour;

/** Every operation of the indicator-service by every role (see {@link RoleMatrixBehaviour}). */
@QuarkusTest
class RoleMatrixTest extends RoleMatrixBehaviour {

    List<String> units;

    @BeforeEach
    void units() {
        units = IndicatorTestData.knownUnits(2);
    }

    @Override
    protected String ownUnit() {
        return units.get(0);
    }

    @Override
    protected String otherUnit() {
        return units.get(1);
    }
}
