package no.oslo.styring.archfixture.plain.other;

import no.oslo.styring.otherapp.Thing;

/** Fixture: a class that uses another application's code. */
public record Borrower(Thing thing) {
}
