package no.oslo.styring.budget.security;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.platform.testing.TokenBehaviour;

/** The budget-service refuses every bearer token that is not a valid one of ours (see {@link TokenBehaviour}). */
@QuarkusTest
class TokenTest extends TokenBehaviour {

    @Override
    protected String readablePath() {
        return "/api/v1/budget-frames?year=2025";
    }
}
