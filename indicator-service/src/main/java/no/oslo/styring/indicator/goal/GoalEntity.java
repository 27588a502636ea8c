package no.oslo.styring.indicator.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import no.oslo.styring.indicator.letter.GoalLevel;

/** A goal of a letter's hierarchy (kommunemål, sektormål, funksjonsområde, hovedmål). */
@Entity
@Table(name = "goal")
public class GoalEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "letter_id", nullable = false)
    public long letterId;

    @Column(nullable = false)
    public String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalLevel level;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "parent_key")
    public String parentKey;

    @Column(nullable = false)
    public int position;
}
