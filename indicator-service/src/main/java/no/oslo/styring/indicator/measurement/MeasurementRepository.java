package no.oslo.styring.indicator.measurement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import no.oslo.styring.indicator.indicator.IndicatorSeries;
import no.oslo.styring.indicator.indicator.ReportedValues;
import no.oslo.styring.platform.reporting.UnitCounts;
import no.oslo.styring.targets.Targets;

@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, Long>, ReportedValues {

    public List<Measurement> of(String unit, String periodId) {
        return list("unitCode = ?1 and periodId = ?2", Sort.by("submittedAt").and("id"), unit, periodId);
    }

    /** How many submissions each unit made for the period (units without any are absent). */
    public Map<String, Long> countsByUnit(String periodId, Set<String> units) {
        return UnitCounts.forPeriod(getEntityManager(), Measurement.class, periodId, units);
    }

    /**
     * The value each unit reported for the indicator in each closed period (its latest submission there), oldest
     * period first per unit; only the unit's when {@code unit} is not null. Drafts of open periods never.
     */
    @Override
    public List<IndicatorSeries.Reported> reportedInClosedPeriods(String indicatorCode, String unit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select distinct on (m.unit_code, m.period_id) "
                + "m.unit_code, m.period_id, m.value from measurement m join period_lock l on l.period_id = m.period_id "
                + "where m.indicator_code = ?1 and (cast(?2 as varchar) is null or m.unit_code = ?2) "
                + "order by m.unit_code, m.period_id, m.submitted_at desc, m.id desc").setParameter(1, indicatorCode)
                .setParameter(2, unit).getResultList();
        return rows.stream().map(r -> new IndicatorSeries.Reported((String) r[0], (String) r[1],
                Integer.parseInt(((String) r[1]).substring(0, 4)), (BigDecimal) r[2])).toList();
    }

    /** The latest value per unit and indicator code for the period; only the given units' when {@code units} is not null. */
    public Map<String, Map<String, Reported>> latest(String periodId, Set<String> units) {
        // two statements, not one with "?2 or unit_code in (…)": that one is planned as a scan of the whole period
        var query = getEntityManager().createNativeQuery("select distinct on (unit_code, indicator_code) "
                + "unit_code, indicator_code, value, submitted_at from measurement where period_id = ?1 "
                + (units == null ? "" : "and unit_code in (?2) ")
                + "order by unit_code, indicator_code, submitted_at desc, id desc").setParameter(1, periodId);
        if (units != null) {
            query.setParameter(2, units.isEmpty() ? List.of("") : units);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Map<String, Reported>> latest = new HashMap<>();
        for (Object[] row : rows) {
            latest.computeIfAbsent((String) row[0], u -> new HashMap<>()).put((String) row[1],
                    new Reported(Targets.plain((BigDecimal) row[2]), instant(row[3])));
        }
        return latest;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
