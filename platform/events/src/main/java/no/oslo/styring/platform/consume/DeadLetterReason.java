package no.oslo.styring.platform.consume;

/**
 * Why a consumed record was moved to the service's dead-letter topic. The code is the {@code dead-letter-kind} header and
 * the {@code reason} tag of the {@code styring_dead_letters_total} metric.
 */
public enum DeadLetterReason {
    /** No CloudEvent in Kafka binary mode: the {@code ce_*} headers are missing or broken. */
    NOT_A_CLOUD_EVENT("not-a-cloud-event"),
    /** The record value (the event's data) is not JSON. */
    NOT_JSON("not-json"),
    /** The {@code ce_type} is not one the contract defines for this topic. */
    UNKNOWN_TYPE("unknown-type"),
    /** The data breaks the JSON Schema of its type. */
    SCHEMA_VIOLATION("schema-violation"),
    /** Processing failed every time, for a reason that does not pass (not a database restart). */
    PROCESSING_FAILED("processing-failed");

    private final String code;

    DeadLetterReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
