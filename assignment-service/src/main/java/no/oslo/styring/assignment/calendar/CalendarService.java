package no.oslo.styring.assignment.calendar;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.oslo.styring.assignment.letter.LetterService;
import no.oslo.styring.assignment.oppdrag.Oppdrag;
import no.oslo.styring.assignment.oppdrag.OppdragStatus;
import no.oslo.styring.assignment.period.ReportingPeriod;
import no.oslo.styring.assignment.unit.Unit;
import no.oslo.styring.assignment.unit.UnitKind;
import no.oslo.styring.assignment.unit.UnitRepository;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.security.Caller;

/**
 * The styringskalender: meetings, every reporting deadline of the year, and the unit's oppdrag deadlines, as entries and
 * as an iCalendar feed a unit subscribes to with a link that carries its feed key.
 */
@ApplicationScoped
public class CalendarService {

    private static final TypeReference<List<MeetingRequest.DocumentDue>> DOCUMENTS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    UnitRepository units;

    @Inject
    CalendarConfig config;

    @Inject
    Caller caller;

    @Inject
    LetterService letters;

    @Inject
    ObjectMapper json;

    /** Other features' entries in a unit's calendar (the reporting duties'). */
    @Inject
    jakarta.enterprise.inject.Instance<CalendarSource> sources;

    @Transactional
    public MeetingView create(MeetingRequest request) {
        return create(request, null);
    }

    /** Whether a meeting of the seed fixtures was loaded before. */
    public boolean fixtureLoaded(String key) {
        return em.createQuery("select count(m) from Meeting m where m.fixtureKey = :k", Long.class).setParameter("k", key)
                .getSingleResult() > 0;
    }

    /** A meeting, from a fixture (its key) or a request (null). */
    @Transactional
    public MeetingView create(MeetingRequest request, String fixtureKey) {
        List<FieldError> errors = new ArrayList<>();
        Unit department = units.findById(request.department());
        if (department == null || department.kind != UnitKind.DEPARTMENT) {
            errors.add(new FieldError("department", "'" + request.department() + "' is not a department such as HLS"));
        }
        if (units.findById(request.unit()) == null) {
            errors.add(new FieldError("unit", "unknown unit '" + request.unit() + "'"));
        }
        errors.addAll(MeetingTime.problemsOf(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        MeetingTime time = MeetingTime.of(request);
        Meeting m = new Meeting();
        m.year = time.year();
        m.firstDay = time.firstDay();
        m.lastDay = time.lastDay();
        m.withinPeriod = time.within() == null ? null : time.within().toString();
        m.fixtureKey = fixtureKey;
        m.kind = request.kind();
        m.title = request.title() == null || request.title().isBlank() ? request.kind().labelNb() : request.title().strip();
        m.unitCode = request.unit();
        m.department = request.department();
        m.startsAt = request.startsAt();
        m.endsAt = request.endsAt();
        m.location = request.location();
        m.participants = request.participants() == null ? List.of() : List.copyOf(request.participants());
        try {
            m.documentsDue = json.writeValueAsString(request.documents() == null ? List.of() : request.documents());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        m.createdBy = fixtureKey != null ? "fixtures" : caller.name();
        m.createdAt = Instant.now();
        em.persist(m);
        return view(m);
    }

    /**
     * The unit's calendar for the year: its meetings, the documents due, the deadlines of the reporting points its letters
     * ask for, its duties and its oppdrag.
     */
    public List<CalendarEntry> entries(int year, String unit) {
        caller.requireMayReadDraftsOf(unit);
        return entriesOf(year, unit);
    }

    /** The iCalendar feed, for a feed key that matches the unit; otherwise 404 (a wrong key says nothing). */
    public String feed(String unit, String key, int year) {
        if (config.feedSecret().isEmpty() || key == null || units.findById(unit) == null
                || !MessageDigest.isEqual(keyOf(unit).getBytes(StandardCharsets.UTF_8),
                        key.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.notFound("Calendar feed", unit);
        }
        return ICalendar.write("Styringskalender " + unit, entriesOf(year, unit), Instant.now());
    }

    /** The subscription link of the unit's feed: for the unit's reporter and department staff. */
    public String subscription(String unit) {
        caller.requireMaySubmitFor(unit);
        if (units.findById(unit) == null) {
            throw ProblemException.notFound("Unit", unit);
        }
        if (config.feedSecret().isEmpty()) {
            throw ProblemException.conflict("calendar-feeds-off", "Calendar feeds are off",
                    "No styring.calendar.feed-secret is configured (STYRING_CALENDAR_FEED_SECRET)");
        }
        return config.publicUrl() + "/api/v1/calendar-feeds/" + unit + ".ics?key=" + keyOf(unit);
    }

    private List<CalendarEntry> entriesOf(int year, String unit) {
        List<CalendarEntry> entries = new ArrayList<>();
        List<Meeting> meetings = em.createQuery("from Meeting where unitCode = :u and year = :y", Meeting.class)
                .setParameter("u", unit).setParameter("y", year).getResultList();
        List<ReportingPeriod> periods = em.createQuery("from ReportingPeriod where year = :y order by deadline, id",
                ReportingPeriod.class).setParameter("y", year).getResultList();
        for (Meeting m : meetings) {
            String who = String.join(", ", m.participants);
            String title = m.title + " (" + m.department + ")";
            String description = who.isEmpty() ? null : "Deltakere: " + who;
            MeetingTime time = m.time();
            if (time.within() != null) {
                // no date yet: shown on the period's last day, saying it is held some time within the period
                String when = "Gjennomføres " + time.withinNb() + ", dato ikke fastsatt";
                entries.add(new CalendarEntry("meeting-" + m.id, CalendarEntry.Kind.MEETING, title + ", "
                        + time.withinNb(), description == null ? when : when + ". " + description, time.within().end(),
                        null, null, m.location));
            } else if (m.firstDay != null) {
                entries.add(new CalendarEntry("meeting-" + m.id, CalendarEntry.Kind.MEETING, title, description,
                        m.firstDay, null, null, m.location, m.lastDay.equals(m.firstDay) ? null : m.lastDay));
            } else {
                entries.add(new CalendarEntry("meeting-" + m.id, CalendarEntry.Kind.MEETING, title, description, null,
                        m.startsAt, m.endsAt, m.location));
            }
            List<MeetingRequest.DocumentDue> documents = documents(m);
            for (int d = 0; d < documents.size(); d++) {
                entries.add(new CalendarEntry("meeting-" + m.id + "-document-" + d, CalendarEntry.Kind.DOCUMENT_DUE,
                        "Frist: " + documents.get(d).title() + " (før " + m.title + ")", null, documents.get(d).dueDate(),
                        null, null, null));
            }
        }
        // the deadlines of the points the unit's letters ask for; every period's where its letters name none
        List<String> asked = letters.reportingPointsOf(year, unit);
        ReportingPoints points = asked.isEmpty() ? ReportingPoints.EVERY_PERIOD : new ReportingPoints(asked);
        for (ReportingPeriod p : periods) {
            if (!points.dueIn(PeriodId.parse(p.id))) {
                continue;
            }
            entries.add(new CalendarEntry("deadline-" + p.id, CalendarEntry.Kind.REPORTING_DEADLINE, "Rapporteringsfrist: "
                    + PeriodId.parse(p.id).labelNb(), "Periode " + p.id + ", " + p.startsOn + "–" + p.endsOn, p.deadline,
                    null, null, null));
        }
        for (Oppdrag o : em.createQuery("from Oppdrag where year = :y and deadline is not null", Oppdrag.class)
                .setParameter("y", year).getResultList()) {
            if (o.recipients.contains(unit) && o.status != OppdragStatus.ANNOUNCED) {
                entries.add(new CalendarEntry("oppdrag-" + o.id, CalendarEntry.Kind.OPPDRAG_DEADLINE, "Oppdrag: " + o.title,
                        o.description, o.deadline, null, null, null));
            }
        }
        for (CalendarSource source : sources) {
            entries.addAll(source.entries(year, unit, meetings, periods));
        }
        entries.sort(Comparator.comparing(CalendarEntry::sortKey).thenComparing(CalendarEntry::uid));
        return entries;
    }

    private List<MeetingRequest.DocumentDue> documents(Meeting m) {
        try {
            return json.readValue(m.documentsDue, DOCUMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("documents of meeting " + m.id + " cannot be read", e);
        }
    }

    private MeetingView view(Meeting m) {
        return new MeetingView(m.id, m.year, m.kind, m.title, m.unitCode, m.department, m.startsAt, m.endsAt, m.firstDay,
                m.lastDay, m.withinPeriod, m.time().withinNb(), m.location, m.participants, documents(m));
    }

    private String keyOf(String unit) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.feedSecret().orElseThrow().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(unit.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

}
