package no.oslo.styring.contract;

/** An amount of one year, an exact integer in the letter's unit (1 000 kr). */
public record YearAmountV1(int year, long amount) {
}
