package no.oslo.styring.targets;

import java.math.BigDecimal;

/** How a value is compared with a threshold. */
public enum Comparison {
    GREATER(">"), GREATER_OR_EQUAL(">="), LESS("<"), LESS_OR_EQUAL("<=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code value} satisfies "value {symbol} threshold". */
    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case GREATER -> c > 0;
            case GREATER_OR_EQUAL -> c >= 0;
            case LESS -> c < 0;
            case LESS_OR_EQUAL -> c <= 0;
        };
    }

    /** What a bare number means for an indicator of this direction: at least it, or at most it. */
    public static Comparison implied(Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER ? GREATER_OR_EQUAL : LESS_OR_EQUAL;
    }
}
