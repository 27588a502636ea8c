package no.oslo.styring.climate.measure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A climate-budget reporting table (year + title), as last imported. */
@Entity
@Table(name = "climate_table")
public class ClimateTable extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    public String source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
