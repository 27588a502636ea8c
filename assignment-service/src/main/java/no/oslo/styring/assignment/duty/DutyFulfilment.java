package no.oslo.styring.assignment.duty;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A unit's fulfilment of a duty at an occasion (a period such as 2025-T2, or the day of an event or meeting): delivered
 * with a note and a link, or marked not delivered with why. The latest per duty, unit and occasion counts.
 */
@Entity
@Table(name = "duty_fulfilment")
public class DutyFulfilment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "duty_id", nullable = false)
    public long dutyId;

    @Column(name = "unit_code", nullable = false)
    public String unit;

    @Column(nullable = false)
    public String occasion;

    @Column(nullable = false)
    public boolean delivered;

    public String note;

    @Column(name = "document_link")
    public String documentLink;

    @Column(name = "submitted_by", nullable = false)
    public String by;

    @Column(name = "submitted_at", nullable = false)
    public Instant at;
}
