package no.oslo.styring.budget.letter;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BudgetImportRepository implements PanacheRepositoryBase<BudgetImportEntity, Long> {

    /** The latest import of each letter of the year. */
    public List<BudgetImportEntity> latestOfYear(int year) {
        return find("from BudgetImportEntity i where i.letterYear = ?1 and i.id = (select max(j.id) from BudgetImportEntity j "
                + "where j.letterYear = i.letterYear and j.letterTitle = i.letterTitle) order by i.letterTitle", year).list();
    }

    /** The latest import of every letter, oldest letter year first. */
    public List<BudgetImportEntity> latestOfEveryLetter() {
        return find("from BudgetImportEntity i where i.id = (select max(j.id) from BudgetImportEntity j "
                + "where j.letterYear = i.letterYear and j.letterTitle = i.letterTitle) order by i.letterYear, i.letterTitle")
                .list();
    }
}
