package no.oslo.styring.assignment.duty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.oslo.styring.assignment.period.PeriodClosing;
import no.oslo.styring.contract.DutyReportV1;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.outbox.Outbox;
import no.oslo.styring.platform.period.PeriodId;

/**
 * The reporting-duty part of a period close: in the close's own transaction, one {@code duty.report.v1} per unit that has
 * a duty due at the period (its points name the period, or its date falls in it), stored as published. A close that ends
 * reopenings reports on the reopened units only, as their next revision.
 */
@ApplicationScoped
public class DutyReports {

    private static final Logger LOG = Logger.getLogger(DutyReports.class);

    @Inject
    EntityManager em;

    @Inject
    DutyService duties;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    void onClose(@Observes PeriodClosing closing) {
        PeriodId period = closing.period();
        Map<String, List<ReportingDuty>> byUnit = dueByUnit(period);
        Set<String> only = closing.reopenedUnits() == null ? null : Set.copyOf(closing.reopenedUnits());
        Map<String, Integer> latest = latestRevisions(period);
        int written = 0;
        for (var entry : byUnit.entrySet()) {
            String unit = entry.getKey();
            if (only != null && !only.contains(unit)) {
                continue;
            }
            int revision = latest.getOrDefault(unit, 0) + 1;
            DutyReportV1 report = report(unit, period, revision, closing,
                    duties.statusOf(unit, period, entry.getValue()));
            String payload = toJson(report);
            var eventId = outbox.publishJson(Topics.DUTY_REPORTS, unit, EventTypes.DUTY_REPORT, unit + "/" + period, payload);
            em.createNativeQuery("insert into duty_report (unit_code, period_id, revision, generated_at, payload, event_id) "
                    + "values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)").setParameter(1, unit)
                    .setParameter(2, period.toString()).setParameter(3, revision).setParameter(4, closing.closedAt())
                    .setParameter(5, payload).setParameter(6, eventId).executeUpdate();
            written++;
        }
        LOG.infof("Period %s closed: %d reporting-duty reports published", period, written);
    }

    /** One report as served: stored (revision ≥ 1, with its event id) or a preview of an open period (revision 0). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DutyReport")
    public record View(String unit, String periodId, int revision, java.time.Instant generatedAt, java.util.UUID eventId,
            DutyReportV1 report) {
    }

    /** The published reports of a period, every revision, oldest first; only one unit's when {@code unit} is given. */
    public List<View> published(PeriodId period, String unit) {
        List<?> rows = em.createNativeQuery("select unit_code, revision, generated_at, event_id, cast(payload as text) "
                + "from duty_report where period_id = ?1 and (cast(?2 as varchar) is null or unit_code = ?2) "
                + "order by unit_code, revision").setParameter(1, period.toString()).setParameter(2, unit).getResultList();
        List<View> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            try {
                out.add(new View((String) r[0], period.toString(), ((Number) r[1]).intValue(), toInstant(r[2]),
                        (java.util.UUID) r[3], json.readValue((String) r[4], DutyReportV1.class)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored duty report cannot be read", e);
            }
        }
        return out;
    }

    /** The reports as they would be if the period closed now (revision 0), for every unit with a duty due at it. */
    public List<View> preview(PeriodId period, String unit) {
        java.time.Instant now = java.time.Instant.now();
        PeriodClosing asIfNow = new PeriodClosing(period, now, 0, null);
        List<View> out = new ArrayList<>();
        dueByUnit(period).forEach((u, list) -> {
            if (unit == null || unit.equals(u)) {
                out.add(new View(u, period.toString(), 0, now, null,
                        report(u, period, 0, asIfNow, duties.statusOf(u, period, list))));
            }
        });
        return out;
    }

    /** Each unit with a duty due at the period (points or date), with all its duties of the year. */
    private Map<String, List<ReportingDuty>> dueByUnit(PeriodId period) {
        Map<String, List<ReportingDuty>> byUnit = new TreeMap<>();
        for (ReportingDuty d : duties.dutiesOf(period.year(), null)) {
            d.reporters.forEach(unit -> byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(d));
        }
        byUnit.values().removeIf(list -> list.stream().noneMatch(d -> d.timing().scheduled() && d.timing().dueIn(period)));
        return byUnit;
    }

    private static java.time.Instant toInstant(Object value) {
        return value instanceof java.time.OffsetDateTime o
                ? o.toInstant()
                : value instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) value;
    }

    /** The report of one unit: the counts, and every duty with its status and latest fulfilment. */
    static DutyReportV1 report(String unit, PeriodId period, int revision, PeriodClosing closing,
            List<DutyView.Status> statuses) {
        int delivered = 0;
        int notDelivered = 0;
        int missing = 0;
        int ongoing = 0;
        List<DutyReportV1.Duty> out = new ArrayList<>();
        for (DutyView.Status s : statuses) {
            switch (s.status()) {
                case "DELIVERED" -> delivered++;
                case "NOT_DELIVERED" -> notDelivered++;
                case "MISSING" -> missing++;
                default -> ongoing++;
            }
            DutyView d = s.duty();
            DutyView.Fulfilment f = s.latest();
            out.add(new DutyReportV1.Duty(d.id(), d.text(), d.to(), d.whenNb(), d.concerns(), d.section(), s.status(),
                    f == null ? null : f.occasion(), f == null ? null : f.note(), f == null ? null : f.documentLink(),
                    f == null ? null : f.by(), f == null ? null : f.at()));
        }
        return new DutyReportV1(unit, period.toString(), revision, closing.closedAt(), period.year(),
                new DutyReportV1.Counts(delivered + notDelivered + missing, delivered, notDelivered, missing, ongoing), out);
    }

    /** The latest report revision of each unit for the period (units without a report are absent). */
    private Map<String, Integer> latestRevisions(PeriodId period) {
        Map<String, Integer> latest = new HashMap<>();
        List<?> rows = em.createNativeQuery("select unit_code, max(revision) from duty_report where period_id = ?1 "
                + "group by unit_code").setParameter(1, period.toString()).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            latest.put((String) r[0], ((Number) r[1]).intValue());
        }
        return latest;
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("duty report cannot be written as JSON", e);
        }
    }
}
