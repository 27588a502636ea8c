package no.oslo.styring.platform.reporting;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A unit as this service knows it from {@code styring.units}. Fields change only through methods, so that Hibernate's
 * enhanced entity tracks every change.
 */
@Entity
@Table(name = "known_unit")
public class KnownUnit {

    /** Kinds that report (agencies and districts); departments issue letters but do not report. */
    public static final List<String> REPORTING_KINDS = List.of("AGENCY", "DISTRICT");

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(12)[]")
    private List<String> parents;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KnownUnit() {
    }

    public KnownUnit(String code) {
        this.code = code;
    }

    /** Takes the unit's latest state. */
    public void update(String name, String kind, List<String> parents, Instant at) {
        this.name = name;
        this.kind = kind;
        this.parents = List.copyOf(parents);
        this.updatedAt = at;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public List<String> parents() {
        return parents;
    }
}
