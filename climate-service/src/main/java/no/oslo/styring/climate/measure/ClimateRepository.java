package no.oslo.styring.climate.measure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Climate tables, their measures and indicators. */
@ApplicationScoped
public class ClimateRepository {

    @Inject
    EntityManager em;

    public Optional<ClimateTable> table(int year, String title) {
        return em.createQuery("from ClimateTable where year = :y and title = :t", ClimateTable.class).setParameter("y", year)
                .setParameter("t", title).getResultStream().findFirst();
    }

    public ClimateTable table(long id) {
        return em.find(ClimateTable.class, id);
    }

    public List<ClimateMeasure> measures(int year) {
        return em.createQuery("from ClimateMeasure where year = :y order by tableId, position", ClimateMeasure.class)
                .setParameter("y", year).getResultList();
    }

    public List<ClimateMeasure> measuresOf(long tableId) {
        return em.createQuery("from ClimateMeasure where tableId = :t order by position", ClimateMeasure.class)
                .setParameter("t", tableId).getResultList();
    }

    public List<ClimateIndicator> indicators(int year) {
        return em.createQuery("from ClimateIndicator where year = :y order by measureId, position", ClimateIndicator.class)
                .setParameter("y", year).getResultList();
    }

    public Optional<ClimateIndicator> indicator(int year, String code) {
        return em.createQuery("from ClimateIndicator where year = :y and code = :c", ClimateIndicator.class)
                .setParameter("y", year).setParameter("c", code).getResultStream().findFirst();
    }

    public ClimateMeasure measure(long id) {
        return em.find(ClimateMeasure.class, id);
    }

    /** Deletes the table's measures (their indicators go with them). */
    public void deleteMeasuresOf(long tableId) {
        em.createNativeQuery("delete from climate_measure where table_id = ?1").setParameter(1, tableId).executeUpdate();
    }

    /** Whether the budget-service has published a frame for the unit, chapter and year. */
    public boolean isKnownBudgetLine(String unit, String chapter, int year) {
        return frameId(unit, chapter, year) != null;
    }

    /** The budget-service's id of the frame for the unit, chapter and year, or null when it has not published one. */
    public Long frameId(String unit, String chapter, int year) {
        List<?> ids = em.createNativeQuery("select frame_id from known_budget_line where unit_code = ?1 and chapter = ?2 "
                + "and year = ?3").setParameter(1, unit).setParameter(2, chapter).setParameter(3, year).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /** Whether the indicator-service has published the indicator for the year (and it is still in its letter). */
    public boolean isKnownIndicator(String code, int year) {
        return !em.createNativeQuery("select 1 from known_indicator where year = ?1 and code = ?2 and in_letter")
                .setParameter(1, year).setParameter(2, code).getResultList().isEmpty();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
