package no.oslo.styring.platform.consume;

/**
 * A record that can never be processed as it is. Its message says why without quoting the payload: it goes into the
 * dead-letter record's headers and the log.
 */
public class DeadLetter extends RuntimeException {

    private final DeadLetterReason reason;

    public DeadLetter(DeadLetterReason reason, String message) {
        this(reason, message, null);
    }

    public DeadLetter(DeadLetterReason reason, String message, Throwable cause) {
        super(reason.code() + ": " + message, cause);
        this.reason = reason;
    }

    public DeadLetterReason reason() {
        return reason;
    }
}
