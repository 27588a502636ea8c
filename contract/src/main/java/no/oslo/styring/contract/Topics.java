package no.oslo.styring.contract;

/** Kafka topics of the suite: one per producer and kind (see contract/asyncapi.yaml). */
public final class Topics {

    /** Reporting period lifecycle, keyed by period id; produced by the assignment-service. */
    public static final String PERIODS = "styring.periods";
    /** Units (virksomheter), compacted, keyed by unit code; produced by the assignment-service. */
    public static final String UNITS = "styring.units";
    /** Oppdrag transitions and deadline reminders of the assignment-service, keyed by recipient unit code. */
    public static final String ASSIGNMENTS = "styring.assignments";
    /** Period reports of the budget-service, keyed by unit code. */
    public static final String BUDGET_REPORTS = "styring.budget.reports";
    /** Ordinary changes of the budget-service (new frame versions), keyed by unit code. */
    public static final String BUDGET_CHANGES = "styring.budget.changes";
    /** Ordinary changes of the indicator-service (indicators created, changed, left out), keyed by indicator code. */
    public static final String INDICATOR_CHANGES = "styring.indicator.changes";
    /** Period reports of the indicator-service, keyed by unit code. */
    public static final String INDICATOR_REPORTS = "styring.indicator.reports";
    /** Period reports of the climate-service, keyed by unit code. */
    public static final String CLIMATE_REPORTS = "styring.climate.reports";
    /** Reporting-duty reports of the assignment-service, one per unit with duties and closed period, keyed by unit code. */
    public static final String DUTY_REPORTS = "styring.duty.reports";

    /**
     * The chunks of a large period close, keyed by {@code <service>/<period>/<close>/<chunk>}: each reporting service
     * publishes the chunks of its own close after the first and takes them back in through its consumer group, so that
     * its replicas share the close.
     */
    public static final String CLOSE_CHUNKS = "styring.close.chunks";

    private Topics() {
    }
}
