package no.oslo.styring.platform.reporting;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A unit as this service knows it from {@code styring.units}. */
@Entity
@Table(name = "known_unit")
public class KnownUnit {

    /** Kinds that report (agencies and districts); departments issue letters but do not report. */
    public static final List<String> REPORTING_KINDS = List.of("AGENCY", "DISTRICT");

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(12)[]")
    public List<String> parents;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
