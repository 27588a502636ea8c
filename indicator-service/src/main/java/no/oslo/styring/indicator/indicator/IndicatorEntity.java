package no.oslo.styring.indicator.indicator;

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

import no.oslo.styring.indicator.letter.IndicatorImport.YearTarget;
import no.oslo.styring.indicator.letter.IndicatorImport.YearValue;
import no.oslo.styring.indicator.letter.Measure;
import no.oslo.styring.targets.Direction;

/** A result indicator of a letter year: its unit, direction, period types, history and targets as printed. */
@Entity
@Table(name = "indicator")
public class IndicatorEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "letter_id", nullable = false)
    public long letterId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String code;

    @Column(name = "goal_key", nullable = false)
    public String goalKey;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "period_types", nullable = false, columnDefinition = "varchar(1)[]")
    public List<String> periodTypes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<YearValue> history;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<YearTarget> targets;

    @Column(nullable = false)
    public int position;

    @Column(name = "in_letter", nullable = false)
    public boolean inLetter = true;

    /** The target text for a year, or null when the letter sets none for that year. */
    public String targetFor(int year) {
        return targets.stream().filter(t -> t.year() == year).map(YearTarget::target).findFirst().orElse(null);
    }
}
