package no.oslo.styring.targets;

import java.math.BigDecimal;

/**
 * A target (måltall) as the letters write it, parsed by {@link Targets#parse}. Every form keeps the text it was parsed from.
 */
public sealed interface Target {

    /** The text as written in the letter, e.g. {@code >75,2 %}. */
    String text();

    /**
     * A number, with or without a comparison: {@code 80}, {@code 60,9}, {@code >75,2 %}, {@code >=7 961}, {@code <=629},
     * {@code <4 541}, {@code 100 %}.
     *
     * @param comparison the written comparison, or null for a bare number (its meaning comes from the direction)
     * @param value the exact number
     * @param percent whether the text has a % sign
     */
    record Threshold(String text, Comparison comparison, BigDecimal value, boolean percent) implements Target {
    }

    /** No target: {@code *} (not set), {@code N/A} (not applicable) or {@code xx} (to be decided). */
    record None(String text, Reason reason) implements Target {

        public enum Reason {
            NOT_SET, NOT_APPLICABLE, TO_BE_DECIDED
        }
    }

    /**
     * "At least as good a result as in {@code year}" ({@code 1) Minst like godt resultat som for 2023}): resolved against
     * that year's actual result and the indicator's direction.
     */
    record AtLeastAsGoodAsYear(String text, int year) implements Target {
    }
}
