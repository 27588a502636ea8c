package no.oslo.styring.indicator.measurement;

import java.math.BigDecimal;
import java.time.Instant;

/** The latest value a unit submitted for an indicator in the period. */
public record Reported(BigDecimal value, Instant submittedAt) {
}
