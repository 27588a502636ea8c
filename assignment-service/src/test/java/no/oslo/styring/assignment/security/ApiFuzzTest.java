package no.oslo.styring.assignment.security;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.platform.testing.ApiFuzzBehaviour;

/** The assignment-service's API fuzzed from its own OpenAPI document (see {@link ApiFuzzBehaviour}). */
@QuarkusTest
class ApiFuzzTest extends ApiFuzzBehaviour {
}
