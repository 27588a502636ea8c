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

import no.oslo.styring.indicator.letter.IndicatorImport.HistoryScope;
import no.oslo.styring.indicator.letter.IndicatorImport.UnitTarget;
import no.oslo.styring.indicator.letter.IndicatorImport.UnitValue;
import no.oslo.styring.indicator.letter.IndicatorImport.YearTarget;
import no.oslo.styring.indicator.letter.IndicatorImport.YearValue;
import no.oslo.styring.indicator.letter.ValueFormat;
import no.oslo.styring.indicator.letter.ValueKind;
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

    /** The footnote mark the printed name ends with («…sykehusavd.1)»), or null. */
    @Column(name = "name_mark")
    public String nameMark;

    /** The unit of measure as the letter prints it: «prosent», «antall», «µg/m³». */
    @Column(name = "unit_of_measure", nullable = false)
    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind", nullable = false)
    public ValueKind valueKind;

    /** The most decimals a value may have, or null for any. */
    @Column(name = "value_decimals")
    public Integer decimals;

    /** The fields whose value the letter does not print and the import's author assumed. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(20)[]")
    public List<String> inferred = List.of();

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

    /** Whose figures the letter's history and targets are: the city's, or the recipient's own. */
    @Enumerated(EnumType.STRING)
    @Column(name = "history_scope", nullable = false)
    public HistoryScope historyScope = HistoryScope.UNIT;

    /** Units' own targets («lokale måltall»), from the import or set later. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unit_targets", nullable = false, columnDefinition = "jsonb")
    public List<UnitTarget> unitTargets = List.of();

    /** Units' own results of earlier years. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "unit_history", nullable = false, columnDefinition = "jsonb")
    public List<UnitValue> unitHistory = List.of();

    @Column(nullable = false)
    public int position;

    @Column(name = "in_letter", nullable = false)
    public boolean inLetter = true;

    /** How its values are written and what they may be. */
    public ValueFormat format() {
        return new ValueFormat(unitOfMeasure, valueKind, decimals);
    }

    /** The points of the year the indicator is due at. */
    public ReportingPoints points() {
        return new ReportingPoints(reportingPoints);
    }

    /** A unit's own target text for a year, or null when it has none. */
    public String unitTargetFor(String unit, int year) {
        return unitTargets.stream().filter(t -> t.unit().equals(unit) && t.year() == year).map(UnitTarget::target)
                .findFirst().orElse(null);
    }

    /** The target text for a year, or null when the letter sets none for that year. */
    public String targetFor(int year) {
        return targets.stream().filter(t -> t.year() == year).map(YearTarget::target).findFirst().orElse(null);
    }
}
