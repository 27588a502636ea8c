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
import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.targets.Direction;

/** A result indicator of a letter year: its unit, direction, reporting points, history and targets as printed. */
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

    /** When the letter asks for it: Q1, T2, Y, M05, or M (every month) … ({@link ReportingPoints}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reporting_points", nullable = false, columnDefinition = "varchar(3)[]")
    public List<String> reportingPoints;

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

    /** The points of the year the indicator is due at. */
    public ReportingPoints points() {
        return new ReportingPoints(reportingPoints);
    }

    /** The target text for a year, or null when the letter sets none for that year. */
    public String targetFor(int year) {
        return targets.stream().filter(t -> t.year() == year).map(YearTarget::target).findFirst().orElse(null);
    }
}
