package no.oslo.styring.assignment.period;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import no.oslo.styring.platform.period.PeriodType;

@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PeriodType type;

    @Column(nullable = false)
    public int year;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PeriodStatus status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "close_count", nullable = false)
    public int closeCount;

    @Version
    public int version;

    /** Set by the database when the period is created. */
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
