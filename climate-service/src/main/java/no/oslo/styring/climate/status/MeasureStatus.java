package no.oslo.styring.climate.status;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A responsible unit's status report on a climate measure for a period. */
@Entity
@Table(name = "measure_status")
public class MeasureStatus extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "period_id", nullable = false)
    public String periodId;

    @Column(name = "measure_code", nullable = false)
    public String measureCode;

    /** The reporting indicator of the measure the status is for. */
    @Column(name = "indicator_code")
    public String indicatorCode;

    /** The indicator's value, when the unit gives one. */
    @Column(precision = 20, scale = 6)
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureProgress status;

    public String comment;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
