package no.oslo.styring.climate.measure;

import java.math.BigDecimal;
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

/** A virkemiddel of the climate budget, with its responsible units. */
@Entity
@Table(name = "climate_measure")
public class ClimateMeasure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "table_id", nullable = false)
    public long tableId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String key;

    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClimateCategory category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(12)[]")
    public List<String> responsible;

    @Column(nullable = false)
    public String text;

    public String note;

    @Column(name = "effect_tonnes_co2e")
    public BigDecimal effectTonnesCo2e;

    @Column(name = "budget_unit")
    public String budgetUnit;

    @Column(name = "budget_chapter")
    public String budgetChapter;

    @Column(name = "related_indicator")
    public String relatedIndicator;

    @Column(nullable = false)
    public int position;

    /** Whether the unit is responsible for the measure (named, or the measure applies to all units). */
    public boolean isResponsible(String unit) {
        return responsible.contains(ClimateImport.ALL_UNITS) || responsible.contains(unit);
    }
}
