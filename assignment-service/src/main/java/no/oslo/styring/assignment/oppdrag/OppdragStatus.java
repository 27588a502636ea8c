package no.oslo.styring.assignment.oppdrag;

import java.util.Set;

/** The lifecycle of an oppdrag, and which transitions it allows. */
public enum OppdragStatus {
    /** Kommende oppdrag: announced in the letter, not yet given. */
    ANNOUNCED,
    /** Given to the recipients. */
    ISSUED,
    /** The recipient delivered it (note and document link). */
    DELIVERED,
    /** Department staff accepted the delivery. */
    ACCEPTED,
    /** Department staff returned the delivery: the recipient delivers again. */
    RETURNED;

    /** The statuses this one may move to. */
    public Set<OppdragStatus> next() {
        return switch (this) {
            case ANNOUNCED -> Set.of(ISSUED);
            case ISSUED, RETURNED -> Set.of(DELIVERED);
            case DELIVERED -> Set.of(ACCEPTED, RETURNED);
            case ACCEPTED -> Set.of();
        };
    }

    /** Whether the recipients still owe a delivery (and the deadline can pass). */
    public boolean awaitsDelivery() {
        return this == ISSUED || this == RETURNED;
    }
}
