package no.oslo.styring.assignment.letter;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a letter, as recorded: who, when, why, and what it said. Never changed once stored. */
@Entity
@Table(name = "letter_version")
@IdClass(LetterVersion.Key.class)
public class LetterVersion extends PanacheEntityBase {

    @Id
    @Column(name = "letter_id")
    public long letterId;

    @Id
    public int version;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(nullable = false)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    public record Key(long letterId, int version) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
