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
    public String unitCode;

    @Id
    @Column(name = "period_id")
    public String periodId;

    @Id
    public int revision;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "generated_at", nullable = false)
    public Instant generatedAt;

    public record Key(String unitCode, String periodId, int revision) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }
}
