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
 * close takes the same lock exclusively, so no submission slips in between a close and its reports.
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
        if (lock != null) {
            throw ProblemException.conflict("period-closed", "Period closed",
                    "Period " + period + " (" + period.labelNb() + ") was closed at " + lock.closedAt()
                            + "; submissions for unit " + unit + " are no longer accepted");
        }
    }

    /** Takes the period's lock exclusively for the rest of the transaction (used by the close). */
    @Transactional(TxType.MANDATORY)
    void lockExclusively(PeriodId period) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, period.toString())
                .getSingleResult();
    }

    public boolean isClosed(PeriodId period) {
        return em.find(PeriodLock.class, period.toString()) != null;
    }
}
