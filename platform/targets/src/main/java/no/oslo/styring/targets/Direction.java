package no.oslo.styring.targets;

/** Which way an indicator improves; it decides what a bare number or "at least as good as" means. */
public enum Direction {
    /** E.g. "andel … som har fått vaksine": a bare target 80 means at least 80. */
    HIGHER_IS_BETTER,
    /** E.g. "svartid", "etterslep": a bare target 629 means at most 629. */
    LOWER_IS_BETTER
}
