package no.oslo.styring.assignment.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import no.oslo.styring.assignment.period.PeriodService;
import no.oslo.styring.assignment.unit.Unit;
import no.oslo.styring.assignment.unit.UnitKind;
import no.oslo.styring.assignment.unit.UnitRepository;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.security.Caller;

/**
 * Reporting duties (rapporteringskrav) and their fulfilment: department staff set them, a unit's reporter says per
 * occasion whether its own were delivered, and a unit's period lists each duty due as delivered, not delivered or
 * missing.
 */
@ApplicationScoped
public class DutyService {

    @Inject
    EntityManager em;

    @Inject
    UnitRepository units;

    @Inject
    Caller caller;

    @Inject
    PeriodService periodService;

    @Inject
    DutyReports reports;

    @Transactional
    public DutyView create(DutyRequest request, String fixtureKey) {
        List<FieldError> errors = new ArrayList<>();
        Unit issuer = units.findById(request.issuer());
        if (issuer == null || issuer.kind != UnitKind.DEPARTMENT) {
            errors.add(new FieldError("issuer", "'" + request.issuer() + "' is not a department such as HLS"));
        }
        for (int r = 0; r < request.reporters().size(); r++) {
            if (units.findById(request.reporters().get(r)) == null) {
                errors.add(new FieldError("reporters[" + r + "]", "unknown unit '" + request.reporters().get(r) + "'"));
            }
        }
        DutyTiming timing = request.when().timing();
        errors.addAll(timing.problems("when.", request.year()));
        List<String> inferred = request.inferred() == null ? List.of() : request.inferred();
        for (int i = 0; i < inferred.size(); i++) {
            if (!DutyRequest.INFERABLE.contains(inferred.get(i))) {
                errors.add(new FieldError("inferred[" + i + "]", "'" + inferred.get(i) + "' is not one of "
                        + new java.util.TreeSet<>(DutyRequest.INFERABLE)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ReportingDuty d = new ReportingDuty();
        d.year = request.year();
        d.issuer = request.issuer();
        d.reporters = List.copyOf(request.reporters());
        d.to = request.to().strip();
        d.text = request.text().strip();
        d.points = timing.points();
        d.date = timing.date();
        d.event = timing.event();
        d.beforeMeeting = timing.beforeMeeting();
        d.concerns = request.concerns();
        d.section = request.section();
        d.inferred = List.copyOf(inferred);
        d.fixtureKey = fixtureKey;
        d.createdBy = fixtureKey != null ? "fixtures" : caller.name();
        d.createdAt = Instant.now();
        em.persist(d);
        return DutyView.of(d);
    }

    public boolean fixtureLoaded(String key) {
        return em.createQuery("select count(d) from ReportingDuty d where d.fixtureKey = :k", Long.class)
                .setParameter("k", key).getSingleResult() > 0;
    }

    /** The duties of a year, or only those a unit reports; a reporter sees its own unit's only. */
    public List<DutyView> list(int year, String unit) {
        String of = unit;
        if (caller.isReporter()) {
            of = unit == null ? caller.unit().orElse("") : unit;
            caller.requireMayReadDraftsOf(of);
        }
        return dutiesOf(year, of).stream().map(DutyView::of).toList();
    }

    public DutyView get(long id) {
        return DutyView.of(find(id));
    }

    /** A reporter says for its own unit whether a duty was delivered at an occasion. */
    @Transactional
    public DutyView.Fulfilment fulfil(long id, FulfilmentRequest request) {
        ReportingDuty d = find(id);
        caller.requireMaySubmitFor(request.unit());
        if (!d.reporters.contains(request.unit())) {
            throw ProblemException.invalidField("unit", request.unit() + " does not report this duty");
        }
        String occasion = occasion(d, request.occasion());
        if (!d.timing().points().isEmpty()) {
            // a duty at points is part of its period's report: once the period is closed, only a reopening takes it
            periodService.requireOpenFor(PeriodId.parse(occasion), request.unit());
        }
        DutyFulfilment f = new DutyFulfilment();
        f.dutyId = d.id;
        f.unit = request.unit();
        f.occasion = occasion;
        f.delivered = request.delivered();
        f.note = request.note();
        f.documentLink = request.documentLink();
        f.by = caller.name();
        f.at = Instant.now();
        em.persist(f);
        return DutyView.Fulfilment.of(f);
    }

    /**
     * Each duty of the unit due at the period (a point names it, or its date is in it) with its status: DELIVERED,
     * NOT_DELIVERED or MISSING; and the event-driven and meeting duties, ONGOING with their latest fulfilment in it.
     */
    public List<DutyView.Status> status(String unit, PeriodId period) {
        caller.requireMayReadDraftsOf(unit);
        return statusOf(unit, period, dutiesOf(period.year(), unit));
    }

    /** {@link #status} of the given duties of the unit, for whoever asks (the close reports on every unit). */
    List<DutyView.Status> statusOf(String unit, PeriodId period, List<ReportingDuty> duties) {
        List<DutyView.Status> out = new ArrayList<>();
        for (ReportingDuty d : duties) {
            DutyTiming t = d.timing();
            if (t.scheduled()) {
                if (!t.dueIn(period)) {
                    continue;
                }
                DutyFulfilment latest = latest(d.id, unit, d.date != null ? d.date.toString() : period.toString(), null);
                out.add(new DutyView.Status(DutyView.of(d), latest == null
                        ? "MISSING"
                        : latest.delivered ? "DELIVERED" : "NOT_DELIVERED",
                        latest == null ? null : DutyView.Fulfilment.of(latest)));
            } else {
                DutyFulfilment latest = latest(d.id, unit, null, period);
                out.add(new DutyView.Status(DutyView.of(d), "ONGOING", latest == null ? null : DutyView.Fulfilment.of(latest)));
            }
        }
        return out;
    }

    /** The published reports of a period, or a preview; a reporter reads its own unit's only. */
    public List<DutyReports.View> reports(PeriodId period, String unit, boolean preview) {
        String only = unit;
        if (caller.isReporter()) {
            only = unit == null ? caller.unit().orElse("") : unit;
            caller.requireMayReadDraftsOf(only);
        }
        return preview ? reports.preview(period, only) : reports.published(period, only);
    }

    /** The duties of a year a unit reports (every duty when unit is null). */
    public List<ReportingDuty> dutiesOf(int year, String unit) {
        List<ReportingDuty> all = em.createQuery("from ReportingDuty where year = :y order by id", ReportingDuty.class)
                .setParameter("y", year).getResultList();
        return unit == null ? all : all.stream().filter(d -> d.reporters.contains(unit)).toList();
    }

    private DutyFulfilment latest(long duty, String unit, String occasion, PeriodId within) {
        List<DutyFulfilment> all = em.createQuery("from DutyFulfilment where dutyId = :d and unit = :u order by at desc, id "
                + "desc", DutyFulfilment.class).setParameter("d", duty).setParameter("u", unit).getResultList();
        for (DutyFulfilment f : all) {
            if (occasion != null ? f.occasion.equals(occasion) : inPeriod(f.occasion, within)) {
                return f;
            }
        }
        return null;
    }

    private static boolean inPeriod(String day, PeriodId period) {
        try {
            LocalDate d = LocalDate.parse(day);
            return !d.isBefore(period.start()) && !d.isAfter(period.end());
        } catch (DateTimeParseException notADay) {
            return false;
        }
    }

    /** The occasion of a fulfilment: a period a point names, the duty's date, or the day of the event or meeting. */
    private static String occasion(ReportingDuty d, String given) {
        DutyTiming t = d.timing();
        if (!t.points().isEmpty()) {
            if (given == null || !PeriodId.isValid(given) || !t.dueIn(PeriodId.parse(given))
                    || PeriodId.parse(given).year() != d.year) {
                throw ProblemException.invalidField("occasion", "'" + given + "' is not a period the duty is due at: "
                        + t.labelNb() + " " + d.year);
            }
            return given;
        }
        if (t.date() != null) {
            if (given != null && !given.equals(t.date().toString())) {
                throw ProblemException.invalidField("occasion", "the duty is due " + t.labelNb() + "; leave occasion out "
                        + "or give " + t.date());
            }
            return t.date().toString();
        }
        try {
            return LocalDate.parse(given == null ? "" : given).toString();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("occasion", "is required: the day of the event or meeting, such as "
                    + d.year + "-03-12");
        }
    }

    private ReportingDuty find(long id) {
        ReportingDuty d = em.find(ReportingDuty.class, id);
        if (d == null) {
            throw ProblemException.notFound("Reporting duty", id);
        }
        return d;
    }
}
