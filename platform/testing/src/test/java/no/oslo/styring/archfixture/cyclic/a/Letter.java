package no.oslo.styring.archfixture.cyclic.a;

import no.oslo.styring.archfixture.cyclic.b.Goal;

/** Fixture: a feature that uses another feature which uses it back. */
public record Letter(Goal goal) {
}
