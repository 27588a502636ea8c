package no.oslo.styring.indicator.tiltak;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TiltakStatusRepository implements PanacheRepositoryBase<TiltakStatus, Long> {

    public List<TiltakStatus> of(String unit, String periodId) {
        return list("unitCode = ?1 and periodId = ?2", Sort.by("submittedAt").and("id"), unit, periodId);
    }

    /** The latest status per unit and tiltak for the period, ordered by unit. */
    public List<TiltakStatus> latest(String periodId) {
        return getEntityManager().createNativeQuery("select distinct on (unit_code, tiltak_id) * from tiltak_status "
                + "where period_id = ?1 order by unit_code, tiltak_id, submitted_at desc, id desc", TiltakStatus.class)
                .setParameter(1, periodId).getResultList();
    }
}
