package no.oslo.styring.indicator.letter;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LetterRepository implements PanacheRepositoryBase<IndicatorLetter, Long> {

    public Optional<IndicatorLetter> find(int year, String title) {
        return find("year = ?1 and title = ?2", year, title).firstResultOptional();
    }

    /** The letters of a year, optionally only those sent to the unit. */
    public List<IndicatorLetter> ofYear(int year, String unit) {
        List<IndicatorLetter> letters = list("year = ?1 order by id", year);
        return unit == null ? letters : letters.stream().filter(l -> l.units.contains(unit)).toList();
    }
}
