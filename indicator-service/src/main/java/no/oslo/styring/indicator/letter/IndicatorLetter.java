package no.oslo.styring.indicator.letter;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Section 4.1 of one letter (year + title), as last imported. */
@Entity
@Table(name = "indicator_letter")
public class IndicatorLetter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(12)[]")
    public List<String> units;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;

    /** The footnotes of the letter's indicator table, each once: mark and text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Footnotes.Footnote> footnotes = List.of();

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
