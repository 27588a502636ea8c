package no.oslo.styring.assignment.letter;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Letters and their versions. */
@ApplicationScoped
public class LetterRepository {

    @Inject
    EntityManager em;

    public Letter find(long id) {
        return em.find(Letter.class, id);
    }

    /** The letter, locked until the transaction ends: two supplementary letters are recorded one after the other. */
    public Letter lock(long id) {
        return em.find(Letter.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Letter> find(int year, String title) {
        return em.createQuery("from Letter where year = :y and title = :t", Letter.class).setParameter("y", year)
                .setParameter("t", title).getResultStream().findFirst();
    }

    public List<Letter> ofYear(Integer year) {
        return em.createQuery("from Letter where (:y is null or year = :y) order by year desc, id", Letter.class)
                .setParameter("y", year).getResultList();
    }

    public LetterVersion version(long letterId, int version) {
        return em.find(LetterVersion.class, new LetterVersion.Key(letterId, version));
    }

    public List<LetterVersion> versions(long letterId) {
        return em.createQuery("from LetterVersion where letterId = :id order by version", LetterVersion.class)
                .setParameter("id", letterId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
