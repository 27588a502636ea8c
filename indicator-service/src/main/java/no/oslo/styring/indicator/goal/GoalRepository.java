package no.oslo.styring.indicator.goal;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Goals and tiltak of letters. */
@ApplicationScoped
public class GoalRepository {

    @Inject
    EntityManager em;

    public List<GoalEntity> goalsOf(Collection<Long> letterIds) {
        return em.createQuery("from GoalEntity where letterId in :ids order by letterId, position", GoalEntity.class)
                .setParameter("ids", letterIds).getResultList();
    }

    public List<TiltakEntity> tiltakOf(Collection<Long> letterIds) {
        return em.createQuery("from TiltakEntity where letterId in :ids order by letterId, position", TiltakEntity.class)
                .setParameter("ids", letterIds).getResultList();
    }

    public void deleteGoalsOf(long letterId) {
        em.createQuery("delete from GoalEntity where letterId = :id").setParameter("id", letterId).executeUpdate();
    }

    public TiltakEntity findTiltak(long id) {
        return em.find(TiltakEntity.class, id);
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
