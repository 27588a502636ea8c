package no.oslo.styring.assignment.oppdrag;

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

/** A transition of an oppdrag, audited: who, when, note and document. */
@Entity
@Table(name = "oppdrag_transition")
public class OppdragTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "oppdrag_id", nullable = false)
    public long oppdragId;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public OppdragStatus toStatus;

    @Column(name = "unit_code")
    public String unitCode;

    public String note;

    @Column(name = "document_link")
    public String documentLink;

    @Column(name = "by_user", nullable = false)
    public String by;

    @Column(nullable = false)
    public Instant at;
}
