package no.oslo.styring.indicator.tiltak;

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

/** A unit's status of a tiltak in a period; the latest submission counts. */
@Entity
@Table(name = "tiltak_status")
public class TiltakStatus extends PanacheEntityBase {

    /** How far a unit has come with a tiltak. */
    public enum Progress {
        NOT_STARTED, IN_PROGRESS, DONE, WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tiltak_id", nullable = false)
    public long tiltakId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "period_id", nullable = false)
    public String periodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Progress status;

    public String comment;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
