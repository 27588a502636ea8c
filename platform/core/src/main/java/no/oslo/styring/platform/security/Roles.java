package no.oslo.styring.platform.security;

/** The realm roles of the suite (ARCHITECTURE.md, Security). */
public final class Roles {

    /** Department staff (byrådsavdeling): write letters, budgets, targets and assignments; close periods. */
    public static final String DEPARTMENT = "department";
    /** A unit's reporter: writes its own unit's submissions only (unit from the token's unit claim). */
    public static final String REPORTER = "reporter";
    /** Portals and readers: read. */
    public static final String READER = "reader";

    private Roles() {
    }
}
