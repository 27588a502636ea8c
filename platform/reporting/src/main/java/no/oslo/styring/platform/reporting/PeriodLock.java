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
    public String periodId;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    @Column(name = "closed_by", nullable = false)
    public String closedBy;

    @Column(name = "close_revision", nullable = false)
    public int closeRevision;
}
