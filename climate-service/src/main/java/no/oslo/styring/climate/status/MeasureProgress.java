package no.oslo.styring.climate.status;

/** How a climate measure is going, as its responsible unit reports it. */
public enum MeasureProgress {
    /** I rute. */
    ON_TRACK,
    /** Risiko for avvik. */
    AT_RISK,
    /** Ikke i rute. */
    OFF_TRACK
}
