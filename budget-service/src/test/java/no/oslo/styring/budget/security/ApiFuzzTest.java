package no.oslo.styring.budget.security;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.platform.testing.ApiFuzzBehaviour;

/** The budget-service's API fuzzed from its own OpenAPI document (see {@link ApiFuzzBehaviour}). */
@QuarkusTest
class ApiFuzzTest extends ApiFuzzBehaviour {

    @Inject
    DataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
