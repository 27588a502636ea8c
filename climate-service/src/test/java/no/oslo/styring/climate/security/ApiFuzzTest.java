package no.oslo.styring.climate.security;

import java.util.HashSet;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.platform.testing.ApiFuzzBehaviour;

/** The climate-service's API fuzzed from its own OpenAPI document (see {@link ApiFuzzBehaviour}). */
@QuarkusTest
class ApiFuzzTest extends ApiFuzzBehaviour {

    /** Also what the service learns of the budget lines and indicators its measures link to, from their topics. */
    @Override
    protected Set<String> backgroundTables() {
        Set<String> tables = new HashSet<>(super.backgroundTables());
        tables.addAll(Set.of("known_budget_line", "known_indicator"));
        return tables;
    }
}
