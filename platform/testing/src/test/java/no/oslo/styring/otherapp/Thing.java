package no.oslo.styring.otherapp;

/** Fixture: stands for another application's class. */
public record Thing(String name) {
}
