package no.oslo.styring.assignment.oppdrag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.oslo.styring.assignment.unit.Unit;
import no.oslo.styring.assignment.unit.UnitKind;
import no.oslo.styring.assignment.unit.UnitRepository;
import no.oslo.styring.contract.AssignmentChangedV1;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.concurrency.ETags;
import no.oslo.styring.platform.outbox.Outbox;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.security.Caller;

/**
 * Oppdrag and their lifecycle. Every transition is audited and published on {@code styring.assignments} (one event per
 * recipient) in the same transaction, through the outbox.
 */
@ApplicationScoped
public class OppdragService {

    @Inject
    EntityManager em;

    @Inject
    UnitRepository units;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Transactional
    public OppdragView create(OppdragRequest request, String fixtureKey) {
        List<FieldError> errors = new ArrayList<>();
        Unit issuer = units.findById(request.issuer());
        if (issuer == null || issuer.kind != UnitKind.DEPARTMENT) {
            errors.add(new FieldError("issuer", "'" + request.issuer() + "' is not a department (byrådsavdeling) such as HLS"));
        }
        for (int i = 0; i < request.recipients().size(); i++) {
            if (units.findById(request.recipients().get(i)) == null) {
                errors.add(new FieldError("recipients[" + i + "]", "unknown unit '" + request.recipients().get(i) + "'"));
            }
        }
        List<OppdragParty> parties = request.parties() == null ? List.of() : request.parties();
        errors.addAll(OppdragParty.problemsOf(parties, request.recipients()));
        Deadline deadline = null;
        if (request.deadline() != null && request.deadlinePeriod() != null) {
            errors.add(new FieldError("deadlinePeriod", "give a deadline date or a period, not both"));
        } else if (request.deadlinePeriod() != null) {
            if (!PeriodId.isValid(request.deadlinePeriod())) {
                errors.add(new FieldError("deadlinePeriod", "'" + request.deadlinePeriod()
                        + "' is not a period id such as 2025-Q2"));
            } else {
                deadline = Deadline.ofPeriod(PeriodId.parse(request.deadlinePeriod()));
            }
        } else if (request.deadline() != null) {
            deadline = new Deadline(request.deadline(), null);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Oppdrag o = new Oppdrag();
        o.year = request.year();
        o.issuer = request.issuer();
        o.recipients = List.copyOf(request.recipients());
        o.parties = parties.stream().map(p -> new OppdragParty(p.name().strip(), p.role())).toList();
        o.title = request.title().strip();
        o.description = request.description().strip();
        o.deadline = deadline == null ? null : deadline.date();
        o.deadlinePeriod = deadline == null ? null : deadline.period();
        o.status = Boolean.TRUE.equals(request.announced()) ? OppdragStatus.ANNOUNCED : OppdragStatus.ISSUED;
        o.fixtureKey = fixtureKey;
        o.createdBy = caller(fixtureKey);
        o.createdAt = Instant.now();
        em.persist(o);
        transition(o, o.status, null, null, null, o.createdBy);
        return view(o);
    }

    /** Department staff's step: issue an announced oppdrag, accept or return a delivery. */
    @Transactional
    public OppdragView decide(long id, OppdragStatus to, DecisionRequest request, String ifMatch) {
        Oppdrag o = lock(id, ifMatch);
        move(o, to);
        transition(o, to, null, request == null ? null : request.note(), null, caller.name());
        return view(o);
    }

    /** A recipient delivers: its own unit only (department staff may deliver on its behalf). */
    @Transactional
    public OppdragView deliver(long id, DeliveryRequest request, String ifMatch) {
        caller.requireMaySubmitFor(request.unit());
        Oppdrag o = lock(id, ifMatch);
        if (!o.recipients.contains(request.unit())) {
            throw ProblemException.invalidField("unit", "unit " + request.unit() + " is not a recipient of oppdrag " + id,
                    request.unit() + " er ikke mottaker av oppdrag " + id);
        }
        move(o, OppdragStatus.DELIVERED);
        transition(o, OppdragStatus.DELIVERED, request.unit(), request.note(), request.documentLink(), caller.name());
        return view(o);
    }

    /** An oppdrag; a reporter sees only those its unit is a recipient of. */
    public OppdragView get(long id) {
        Oppdrag o = em.find(Oppdrag.class, id);
        if (o == null) {
            throw ProblemException.notFound("Oppdrag", id);
        }
        if (caller.isReporter() && caller.unit().map(u -> !o.recipients.contains(u)).orElse(true)) {
            throw ProblemException.forbidden("You may see only your own unit's oppdrag",
                    "Du kan bare se oppdrag til din egen enhet");
        }
        return view(o);
    }

    /** Oppdrag of a year (optionally to a unit); a reporter sees only its own unit's. */
    public List<OppdragView> list(Integer year, String unit) {
        String of = unit;
        if (caller.isReporter()) {
            of = unit == null ? caller.unit().orElse("") : unit;
            caller.requireMayReadDraftsOf(of);
        }
        String recipient = of;
        return em.createQuery("from Oppdrag where (:y is null or year = :y) order by year desc, id", Oppdrag.class)
                .setParameter("y", year).getResultList().stream()
                .filter(o -> recipient == null || o.recipients.contains(recipient)).map(this::view).toList();
    }

    /** Publishes a reminder for each issued oppdrag whose deadline is at most {@code days} ahead, once. */
    @Transactional
    public int sendReminders(int days) {
        LocalDate today = LocalDate.now(PeriodId.ZONE);
        // the deadline rule is Deadline's; the query only narrows to the oppdrag that may need a reminder
        List<Oppdrag> due = em.createQuery("from Oppdrag where status in :open and remindedAt is null and deadline >= :today",
                Oppdrag.class).setParameter("open", List.of(OppdragStatus.ISSUED, OppdragStatus.RETURNED))
                .setParameter("today", today).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(o -> o.deadline().isNear(today, days)).toList();
        Instant now = Instant.now();
        for (Oppdrag o : due) {
            o.remindedAt = now;
            publish(o, EventTypes.ASSIGNMENT_REMINDER, "REMINDER", null, null, now, "assignment-service");
        }
        return due.size();
    }

    /**
     * The oppdrag, locked until the transaction ends, so two steps of one oppdrag run one after the other. With
     * {@code ifMatch} (optional) the step must be made from the current version: 412 when another step came first.
     */
    private Oppdrag lock(long id, String ifMatch) {
        Oppdrag o = em.find(Oppdrag.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw ProblemException.notFound("Oppdrag", id);
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            long steps = em.createQuery("select count(t) from OppdragTransition t where t.oppdragId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            ETags.requireMatch(ifMatch, Math.toIntExact(steps), "Oppdrag " + id);
        }
        return o;
    }

    private static void move(Oppdrag o, OppdragStatus to) {
        if (!o.status.next().contains(to)) {
            throw ProblemException.conflict("oppdrag-transition", "Not possible in this status",
                    "Oppdrag " + o.id + " is " + o.status + "; it cannot become " + to + " (possible: " + o.status.next()
                            + ")",
                    "Oppdraget har status " + o.status + " og kan ikke bli " + to);
        }
        o.status = to;
    }

    private void transition(Oppdrag o, OppdragStatus to, String unit, String note, String link, String by) {
        OppdragTransition t = new OppdragTransition();
        t.oppdragId = o.id;
        t.toStatus = to;
        t.unitCode = unit;
        t.note = note;
        t.documentLink = link;
        t.by = by;
        t.at = Instant.now();
        em.persist(t);
        publish(o, EventTypes.ASSIGNMENT_CHANGED, to.name(), note, link, t.at, by);
    }

    private void publish(Oppdrag o, String type, String transition, String note, String link, Instant at, String by) {
        boolean overdue = o.deadline().isOverdue(o.status, LocalDate.now(PeriodId.ZONE));
        for (String unit : o.recipients) {
            outbox.publish(Topics.ASSIGNMENTS, unit, type, unit + "/oppdrag/" + o.id, new AssignmentChangedV1(unit, o.id,
                    o.year, o.issuer, o.recipients, o.title, o.status.name(), transition, o.deadline, o.deadlinePeriod,
                    overdue, note, link, at, by, o.parties.stream()
                            .map(p -> new AssignmentChangedV1.Party(p.name(), p.role().name())).toList(),
                    OppdragParty.recipientRole(o.parties).name()));
        }
    }

    private OppdragView view(Oppdrag o) {
        List<OppdragView.TransitionView> transitions = em.createQuery("from OppdragTransition where oppdragId = :id order by "
                + "at, id", OppdragTransition.class).setParameter("id", o.id).getResultStream()
                .map(OppdragView.TransitionView::of).toList();
        return new OppdragView(o.id, o.year, o.issuer, o.recipients, o.title, o.description, o.deadline, o.deadlinePeriod,
                o.status, o.parties, OppdragParty.recipientRole(o.parties), OppdragParty.summaryNb(o.parties),
                o.deadline().isOverdue(o.status, LocalDate.now(PeriodId.ZONE)), transitions.size(), transitions);
    }

    private String caller(String fixtureKey) {
        return fixtureKey != null ? "fixtures" : caller.name();
    }

    public boolean fixtureLoaded(String key) {
        return !em.createQuery("select o.id from Oppdrag o where o.fixtureKey = :k").setParameter("k", key).getResultList()
                .isEmpty();
    }
}
