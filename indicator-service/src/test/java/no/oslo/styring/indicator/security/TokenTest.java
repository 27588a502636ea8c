package no.oslo.styring.indicator.security;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.platform.testing.TokenBehaviour;

/** The indicator-service refuses every bearer token that is not a valid one of ours (see {@link TokenBehaviour}). */
@QuarkusTest
class TokenTest extends TokenBehaviour {

    @Override
    protected String readablePath() {
        return "/api/v1/indicators?year=2025";
    }
}
