package no.oslo.styring.archfixture.plain.domain;

/** Fixture: a domain rule that ties itself to JPA. */
public record Rule(String text) {
    @jakarta.persistence.Transient
    public String shown() {
        return text;
    }
}
