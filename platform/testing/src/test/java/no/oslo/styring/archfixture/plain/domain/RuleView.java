package no.oslo.styring.archfixture.plain.domain;

/** Fixture: a view may carry framework annotations (it is the edge, not the domain). */
public record RuleView(@jakarta.ws.rs.PathParam("text") String text) {
}
