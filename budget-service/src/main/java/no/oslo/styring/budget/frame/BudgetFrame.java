package no.oslo.styring.budget.frame;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit's budget frame for a chapter in a letter year; its content is in its versions. */
@Entity
@Table(name = "budget_frame")
public class BudgetFrame extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "letter_year", nullable = false)
    public int letterYear;

    @Column(name = "letter_title", nullable = false)
    public String letterTitle;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String chapter;

    @Column(name = "chapter_name")
    public String chapterName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "int[]")
    public int[] years;

    /** The current version; the ETag. */
    @Column(nullable = false)
    public int version;
}
