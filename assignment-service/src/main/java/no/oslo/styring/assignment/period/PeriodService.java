package no.oslo.styring.assignment.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.oslo.styring.assignment.unit.UnitRepository;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.PeriodClosedV1;
import no.oslo.styring.contract.PeriodReopenedV1;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.outbox.Outbox;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;

/** The reporting periods of each year and their lifecycle. */
@ApplicationScoped
public class PeriodService {

    @Inject
    PeriodRepository periods;

    @Inject
    Outbox outbox;

    @Inject
    PeriodReopeningRepository reopenings;

    @Inject
    UnitRepository units;

    @Inject
    PeriodsConfig config;

    @Inject
    jakarta.enterprise.event.Event<PeriodClosing> closing;

    /** The outcome of setting up a year: all its periods, and how many were new. */
    public record YearPeriods(List<PeriodView> periods, int created) {
    }

    /** Creates the year's periods that do not exist yet (12 months, 4 quarters, 3 tertials, 2 halves, the year), all open. */
    @Transactional
    public YearPeriods createYear(int year) {
        if (year < 2000 || year > 9999) {
            throw ProblemException.invalidField("year", "must be between 2000 and 9999");
        }
        DeadlineRule rule = config.deadlineRule();
        int created = 0;
        for (PeriodId id : PeriodId.allOf(year)) {
            if (periods.findById(id.toString()) == null) {
                ReportingPeriod p = new ReportingPeriod();
                p.id = id.toString();
                p.type = id.type();
                p.year = year;
                p.startsOn = id.start();
                p.endsOn = id.end();
                p.deadline = rule.deadlineOf(id);
                p.status = PeriodStatus.OPEN;
                periods.persist(p);
                created++;
            }
        }
        periods.flush();
        return new YearPeriods(list(year), created);
    }

    public List<PeriodView> list(int year) {
        return new ArrayList<>(periods.ofYear(year).stream().map(PeriodView::of).toList());
    }

    public PeriodView get(String periodId) {
        return PeriodView.of(require(periodId, false));
    }

    /**
     * Closes an open period and publishes {@code period.closed} in the same transaction; the other services then lock the
     * period and publish their reports.
     */
    @Transactional
    public PeriodView close(String periodId, String closedBy) {
        ReportingPeriod p = require(periodId, true);
        if (p.status == PeriodStatus.CLOSED) {
            throw ProblemException.conflict("period-already-closed", "Period already closed",
                    "Period " + periodId + " was closed at " + p.closedAt + " by " + p.closedBy
                            + "; reopen it for a unit first to take that unit's corrections",
                    "Perioden ble lukket " + p.closedAt + " av " + p.closedBy + "; gjenåpne den for en enhet først");
        }
        // closing a reopened period ends its reopenings and issues only the reopened units' reports again
        List<String> reopened = null;
        Instant now = Instant.now();
        if (p.status == PeriodStatus.REOPENED) {
            reopened = new ArrayList<>();
            for (PeriodReopening r : reopenings.notClosed(p.id)) {
                r.closedAt = now;
                r.closedBy = closedBy;
                reopened.add(r.unitCode);
            }
        }
        p.status = PeriodStatus.CLOSED;
        p.closedAt = now;
        p.closedBy = closedBy;
        p.closeCount++;
        outbox.publish(Topics.PERIODS, p.id, EventTypes.PERIOD_CLOSED, p.id, new PeriodClosedV1(p.id, p.type.name(), p.year,
                p.startsOn, p.endsOn, p.deadline, p.closedAt, p.closedBy, p.closeCount, reopened));
        closing.fire(new PeriodClosing(PeriodId.parse(p.id), p.closedAt, p.closeCount, reopened));
        return PeriodView.of(p);
    }

    /**
     * Passes if a unit may still submit for the period: it is open, not set up at all, or reopened for the unit and not
     * expired; otherwise a 409 problem {@code period-closed}. The period stays share-locked until the caller commits, so a
     * submission and a close of its period run one after the other and the close's reports include what was submitted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireOpenFor(PeriodId period, String unit) {
        ReportingPeriod p = periods.findForShare(period.toString());
        if (p == null || p.status == PeriodStatus.OPEN) {
            return;
        }
        Instant now = Instant.now();
        boolean reopened = p.status == PeriodStatus.REOPENED && reopenings.notClosed(p.id).stream()
                .anyMatch(r -> r.unitCode.equals(unit) && r.expiresAt.isAfter(now));
        if (!reopened) {
            throw ProblemException.conflict("period-closed", "Period closed",
                    "Period " + period + " (" + period.labelNb() + ") was closed at " + p.closedAt
                            + "; submissions for unit " + unit + " are no longer accepted",
                    "Perioden " + period.labelNb() + " er lukket; " + unit + " kan ikke lenger rapportere for den");
        }
    }

    /** Who closes a period whose deadline passed. */
    public static final String DEADLINE_CLOSER = "system (fristen er passert)";

    /**
     * Closes every open period whose deadline passed after it was created, as its deadline says: the same close as
     * department staff's, published as {@code period.closed}. A period set up after its deadline is left for staff.
     *
     * @return the closed periods' ids
     */
    @Transactional
    public List<String> closePastDeadline(LocalDate today) {
        List<String> closed = new ArrayList<>();
        for (ReportingPeriod p : periods.openWithDeadlineBefore(today)) {
            Instant endOfDeadline = p.deadline.plusDays(1).atStartOfDay(PeriodId.ZONE).toInstant();
            if (p.createdAt != null && p.createdAt.isBefore(endOfDeadline)) {
                close(p.id, DEADLINE_CLOSER);
                closed.add(p.id);
            }
        }
        return closed;
    }

    /**
     * Reopens a closed period for one unit until {@code expiresAt}, and publishes {@code period.reopened}: the other services
     * then take that unit's submissions for the period again. The next close ends the reopening and issues the unit's
     * reports as the next revision.
     */
    @Transactional
    public ReopeningView reopen(String periodId, ReopeningRequest request, String reopenedBy) {
        ReportingPeriod p = require(periodId, true);
        if (p.status == PeriodStatus.OPEN) {
            throw ProblemException.conflict("period-not-closed", "Period not closed",
                    "Period " + periodId + " is open: every unit can submit; only a closed period is reopened",
                    "Perioden er åpen, så alle enheter kan rapportere; bare en lukket periode kan gjenåpnes");
        }
        Instant now = Instant.now();
        if (!request.expiresAt().isAfter(now)) {
            throw ProblemException.invalidField("expiresAt", "must be in the future, was " + request.expiresAt(),
                    "må være fram i tid");
        }
        if (units.findById(request.unit()) == null) {
            throw ProblemException.unknownReference("unit", "unknown unit '" + request.unit() + "'");
        }
        if (reopenings.notClosed(p.id).stream().anyMatch(r -> r.unitCode.equals(request.unit()))) {
            throw ProblemException.conflict("period-already-reopened", "Period already reopened for the unit",
                    "Period " + periodId + " is already reopened for " + request.unit() + "; close it first",
                    "Perioden er allerede gjenåpnet for " + request.unit() + "; lukk den først");
        }
        PeriodReopening r = new PeriodReopening();
        r.periodId = p.id;
        r.unitCode = request.unit();
        r.reason = request.reason().strip();
        r.reopenedAt = now;
        r.reopenedBy = reopenedBy;
        r.expiresAt = request.expiresAt();
        reopenings.persist(r);
        p.status = PeriodStatus.REOPENED;
        outbox.publish(Topics.PERIODS, p.id, EventTypes.PERIOD_REOPENED, p.id,
                new PeriodReopenedV1(p.id, r.unitCode, r.reason, r.reopenedAt, r.reopenedBy, r.expiresAt));
        return ReopeningView.of(r);
    }

    public List<ReopeningView> reopenings(String periodId) {
        require(periodId, false);
        return reopenings.ofPeriod(periodId).stream().map(ReopeningView::of).toList();
    }

    public ReopeningView reopening(String periodId, long id) {
        PeriodReopening r = reopenings.findById(id);
        if (r == null || !r.periodId.equals(periodId)) {
            throw ProblemException.notFound("Reopening", id);
        }
        return ReopeningView.of(r);
    }

    private ReportingPeriod require(String periodId, boolean forUpdate) {
        if (!PeriodId.isValid(periodId)) {
            throw ProblemException.invalidField("periodId",
                    "'" + periodId + "' is not a period id: expected YYYY-Mnn, YYYY-Qn, YYYY-Tn or YYYY-Y (e.g. 2025-Q1)");
        }
        ReportingPeriod p = forUpdate ? periods.findForUpdate(periodId) : periods.findById(periodId);
        if (p == null) {
            throw ProblemException.notFound("Period", periodId);
        }
        return p;
    }
}
