package no.oslo.styring.assignment.unit;

/** What a unit is in the governance chain. */
public enum UnitKind {
    /** Byrådsavdeling: issues letters and oppdrag, closes periods. */
    DEPARTMENT,
    /** Etat, e.g. Helseetaten (HEL). */
    AGENCY,
    /** Bydel, identified by SSB's code (030112 Alna). */
    DISTRICT
}
