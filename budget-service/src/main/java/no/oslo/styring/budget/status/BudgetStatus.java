package no.oslo.styring.budget.status;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit's budget status for a period; amounts in 1 000 kr. */
@Entity
@Table(name = "budget_status")
public class BudgetStatus extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "period_id", nullable = false)
    public String periodId;

    @Column(name = "actuals_to_date", nullable = false)
    public long actualsToDate;

    @Column(name = "year_end_forecast", nullable = false)
    public long yearEndForecast;

    public String comment;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
