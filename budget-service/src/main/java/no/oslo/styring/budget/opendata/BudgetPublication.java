package no.oslo.styring.budget.opendata;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A letter year whose budget lines are published as open data. */
@Entity
@Table(name = "budget_publication")
public class BudgetPublication extends PanacheEntityBase {

    @Id
    @Column(name = "letter_year")
    public int letterYear;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
