package no.oslo.styring.indicator.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<IndicatorEntity, Long> {

    public Optional<IndicatorEntity> find(int year, String code) {
        return find("year = ?1 and code = ?2", year, code).firstResultOptional();
    }

    public List<IndicatorEntity> ofYear(int year) {
        return list("year = ?1 order by letterId, position", year);
    }

    public List<IndicatorEntity> ofLetters(Collection<Long> letterIds) {
        return list("letterId in ?1 order by letterId, position", letterIds);
    }

    /** Every year's indicator with this code, oldest first. */
    public List<IndicatorEntity> ofCode(String code) {
        return list("code = ?1 order by year", code);
    }
}
