package no.oslo.styring.assignment.period;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A closed period reopened for one unit: who, when, why and until when; ended by the next close. */
@Entity
@Table(name = "period_reopening")
public class PeriodReopening extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "period_id", nullable = false)
    public String periodId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String reason;

    @Column(name = "reopened_at", nullable = false)
    public Instant reopenedAt;

    @Column(name = "reopened_by", nullable = false)
    public String reopenedBy;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;
}
