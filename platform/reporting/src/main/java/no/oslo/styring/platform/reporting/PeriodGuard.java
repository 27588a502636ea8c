package no.oslo.styring.platform.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;

/**
 * Refuses submissions for closed periods. A submission holds a shared advisory lock on its period until it commits, and a
 * close takes the same lock exclusively, so no submission slips in between a close and its reports. A closed period accepts
 * a unit's submissions again while it is reopened for that unit.
 */
@ApplicationScoped
public class PeriodGuard {

    @Inject
    EntityManager em;

    /** Passes if the period is open (for this unit); otherwise a 409 problem {@code period-closed}. */
    @Transactional(TxType.MANDATORY)
    public void requireOpen(PeriodId period, String unit) {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(hashtext(?1))").setParameter(1, period.toString())
                .getSingleResult();
        PeriodLock lock = em.find(PeriodLock.class, period.toString());
        if (lock != null && !isReopenedFor(period, unit)) {
            throw ProblemException.conflict("period-closed", "Period closed",
                    "Period " + period + " (" + period.labelNb() + ") was closed at " + lock.closedAt()
                            + "; submissions for unit " + unit + " are no longer accepted",
                    "Perioden " + period.labelNb() + " er lukket; " + unit + " kan ikke lenger rapportere for den");
        }
    }

    /** Whether department staff reopened the closed period for the unit, and the reopening has neither expired nor ended. */
    public boolean isReopenedFor(PeriodId period, String unit) {
        Number active = (Number) em.createNativeQuery("select count(*) from period_reopening where period_id = ?1 "
                + "and unit_code = ?2 and ended_at is null and expires_at > now()").setParameter(1, period.toString())
                .setParameter(2, unit).getSingleResult();
        return active.intValue() > 0;
    }

    /** Takes the period's lock exclusively for the rest of the transaction (used by the close). */
    @Transactional(TxType.MANDATORY)
    void lockExclusively(PeriodId period) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, period.toString())
                .getSingleResult();
    }
}
