package no.oslo.styring.assignment.oppdrag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An oppdrag from a department to one or several units. */
@Entity
@Table(name = "oppdrag")
public class Oppdrag extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String issuer;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(12)[]")
    public List<String> recipients;

    /** Bodies outside the letter the oppdrag names, with their role. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<OppdragParty> parties = List.of();

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    public LocalDate deadline;

    @Column(name = "deadline_period")
    public String deadlinePeriod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OppdragStatus status;

    @Column(name = "fixture_key")
    public String fixtureKey;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Deadline deadline() {
        return new Deadline(deadline, deadlinePeriod);
    }
}
