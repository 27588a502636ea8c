package no.oslo.styring.indicator.letter;

/** The levels of the two goal hierarchies the letters use, and which level each may hang under. */
public enum GoalLevel {
    /** Kommunemål (Mål 1–5 in Sak 1): a city goal. */
    KOMMUNEMAL(null),
    /** Sektormål (1.1, 3.1, 5.1, 5.2): under a kommunemål. */
    SEKTORMAL(KOMMUNEMAL),
    /** The bydeler's funksjonsområde (FO1, FO2A … BYU). */
    FUNKSJONSOMRADE(null),
    /** Hovedmål ("FO2A. Mål 01 …"): under a funksjonsområde. */
    HOVEDMAL(FUNKSJONSOMRADE);

    private final GoalLevel parent;

    GoalLevel(GoalLevel parent) {
        this.parent = parent;
    }

    /** The level a goal of this level hangs under, or null for a top level. */
    public GoalLevel parent() {
        return parent;
    }

    /** Whether tiltak hang on goals of this level. */
    public boolean holdsTiltak() {
        return this == SEKTORMAL || this == HOVEDMAL;
    }
}
