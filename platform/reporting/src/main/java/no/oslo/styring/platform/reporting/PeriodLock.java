package no.oslo.styring.platform.reporting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A period the assignment-service closed: this service takes no more submissions for it. */
@Entity
@Table(name = "period_lock")
public class PeriodLock {

    @Id
    @Column(name = "period_id")
    private String periodId;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @Column(name = "closed_by", nullable = false)
    private String closedBy;

    @Column(name = "close_revision", nullable = false)
    private int closeRevision;

    protected PeriodLock() {
    }

    public PeriodLock(String periodId) {
        this.periodId = periodId;
    }

    /** Records a close (the first, or one after a reopen). */
    public void closed(Instant at, String by, int revision) {
        this.closedAt = at;
        this.closedBy = by;
        this.closeRevision = revision;
    }

    public String periodId() {
        return periodId;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public int closeRevision() {
        return closeRevision;
    }
}
