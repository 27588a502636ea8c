package no.oslo.styring.climate.measure;

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

import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.targets.Direction;

/** A reporting indicator of a measure, with its target in the shared grammar. */
@Entity
@Table(name = "climate_indicator")
public class ClimateIndicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "measure_id", nullable = false)
    public long measureId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    /** When the letter asks for it: Q1, T2, Y … ({@link ReportingPoints}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reporting_points", nullable = false, columnDefinition = "varchar(3)[]")
    public List<String> reportingPoints;

    /** The points of the year the indicator is due at. */
    public ReportingPoints points() {
        return new ReportingPoints(reportingPoints);
    }

    @Column(nullable = false)
    public int position;
}
