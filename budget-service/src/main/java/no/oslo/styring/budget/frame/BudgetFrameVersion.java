package no.oslo.styring.budget.frame;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a frame, as recorded: never changed afterwards. */
@Entity
@Table(name = "budget_frame_version")
@IdClass(BudgetFrameVersion.Key.class)
public class BudgetFrameVersion extends PanacheEntityBase {

    @Id
    @Column(name = "frame_id")
    public long frameId;

    @Id
    public int version;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(nullable = false)
    public String reason;

    @Column(name = "import_id")
    public Long importId;

    /** The base line first, then the change lines. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<FrameContent.Line> lines;

    public FrameContent content(List<Integer> years) {
        return new FrameContent(years, lines.get(0), lines.subList(1, lines.size()));
    }

    public static class Key implements Serializable {

        public long frameId;
        public int version;

        public Key() {
        }

        public Key(long frameId, int version) {
            this.frameId = frameId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.frameId == frameId && k.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(frameId, version);
        }
    }
}
