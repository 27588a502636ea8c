package no.oslo.styring.archfixture.cyclic.b;

import no.oslo.styring.archfixture.cyclic.a.Letter;

/** Fixture: the other half of the cycle. */
public record Goal(String code) {
    public boolean isOf(Letter letter) {
        return letter.goal() == this;
    }
}
