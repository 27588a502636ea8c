package no.oslo.styring.indicator.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A tiltak under a sektormål or hovedmål, with its nærmere forklaring / presisering, possibly withdrawn. */
@Entity
@Table(name = "tiltak")
public class TiltakEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "letter_id", nullable = false)
    public long letterId;

    @Column(nullable = false)
    public String key;

    @Column(name = "goal_key", nullable = false)
    public String goalKey;

    public Integer number;

    @Column(nullable = false)
    public String text;

    public String explanation;

    /** Why the tiltak no longer applies, or null. */
    public String withdrawn;

    @Column(nullable = false)
    public int position;

    /** False when a later import of the letter left it out (kept for the status already reported). */
    @Column(name = "in_letter", nullable = false)
    public boolean inLetter = true;
}
