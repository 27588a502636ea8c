package no.oslo.styring.platform.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One report of one unit for one closed period, as published; revisions are kept side by side. */
@Entity
@Table(name = "period_report")
@IdClass(PeriodReport.Key.class)
public class PeriodReport {

    @Id
    @Column(name = "unit_code")
    private String unitCode;

    @Id
    @Column(name = "period_id")
    private String periodId;

    @Id
    private int revision;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String payload;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    /** Read only: a close writes its reports a group at a time with one statement ({@code PeriodCloser}). */
    protected PeriodReport() {
    }

    public String unitCode() {
        return unitCode;
    }

    public String periodId() {
        return periodId;
    }

    public int revision() {
        return revision;
    }

    public UUID eventId() {
        return eventId;
    }

    public String payload() {
        return payload;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public record Key(String unitCode, String periodId, int revision) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }
}
