package no.oslo.styring.assignment.period;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PeriodRepository implements PanacheRepositoryBase<ReportingPeriod, String> {

    public List<ReportingPeriod> ofYear(int year) {
        return list("year", Sort.by("endsOn").and("startsOn", Sort.Direction.Descending), year);
    }

    /** Open periods whose deadline was before {@code day}. */
    public List<ReportingPeriod> openWithDeadlineBefore(LocalDate day) {
        return list("status = ?1 and deadline < ?2 order by deadline, id", PeriodStatus.OPEN, day);
    }

    /** The period, locked for update until the transaction ends (two closes of one period run one after the other). */
    public ReportingPeriod findForUpdate(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The period, share-locked until the transaction ends: a close waits for it, and it waits for a close. */
    public ReportingPeriod findForShare(String id) {
        return findById(id, LockModeType.PESSIMISTIC_READ);
    }
}
