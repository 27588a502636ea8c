package no.oslo.styring.climate.security;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.platform.testing.TokenBehaviour;

/** The climate-service refuses every bearer token that is not a valid one of ours (see {@link TokenBehaviour}). */
@QuarkusTest
class TokenTest extends TokenBehaviour {

    @Override
    protected String readablePath() {
        return "/api/v1/climate-measures?year=2025";
    }
}
