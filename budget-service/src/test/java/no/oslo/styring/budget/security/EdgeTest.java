package no.oslo.styring.budget.security;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.platform.testing.EdgeBehaviour;

/** The budget-service refuses every bearer token that is not a valid one of ours and answers with its security headers (see {@link EdgeBehaviour}). */
@QuarkusTest
class EdgeTest extends EdgeBehaviour {

    @Override
    protected String readablePath() {
        return "/api/v1/budget-frames?year=2025";
    }
}
