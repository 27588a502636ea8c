package no.oslo.styring.indicator.measurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import no.oslo.styring.indicator.indicator.IndicatorEntity;
import no.oslo.styring.indicator.indicator.IndicatorRepository;
import no.oslo.styring.indicator.letter.IndicatorLetter;
import no.oslo.styring.indicator.letter.LetterRepository;
import no.oslo.styring.indicator.letter.ValueFormat;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.security.Caller;

/**
 * Bulk upload of measurements by department staff: many units, indicators and periods in one CSV or JSON body. Every row
 * obeys the rules of a single submission (known unit, open period or reopened for the unit, an indicator of the letter
 * sent to the unit and reported in the period's type, a value that fits its value kind). The rows are read as a stream and
 * checked one by one, then written with PostgreSQL's COPY in the same transaction: one bad row refuses the whole upload
 * (422 listing the first 100 problems, each naming its row and field) and nothing is stored.
 */
@ApplicationScoped
public class BulkUploadService {

    static final int MAX_LISTED = 100;
    private static final String COPY = "COPY measurement (unit_code, period_id, indicator_code, value, comment, "
            + "submitted_by, submitted_at, upload_id) FROM STDIN (FORMAT csv)";

    @Inject
    EntityManager em;

    @Inject
    IndicatorRepository indicators;

    @Inject
    LetterRepository letters;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** What an upload stored. */
    @Schema(name = "MeasurementUploadReceipt")
    public record Receipt(long id, int rows, int units, int indicators, List<String> periods, String uploadedBy,
            Instant uploadedAt) {

        static Receipt of(MeasurementUpload u) {
            return new Receipt(u.id, u.rows, u.units, u.indicators, u.periods, u.uploadedBy, u.uploadedAt);
        }
    }

    public enum Format {
        CSV, JSON
    }

    /** A million rows take about a minute on a small machine: longer than the default transaction timeout. */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Receipt upload(Format format, InputStream body) {
        MeasurementUpload upload = new MeasurementUpload();
        upload.uploadedBy = caller.name();
        upload.uploadedAt = Instant.now();
        upload.periods = List.of();
        em.persist(upload);
        em.flush();
        Check check = new Check(upload);
        try {
            if (format == Format.CSV) {
                BulkRows.csv(body, check::accept);
            } else {
                BulkRows.json(json.getFactory(), body, check::accept);
            }
        } catch (IllegalArgumentException | IOException e) {
            throw ProblemException.invalidField("body", e.getMessage());
        } catch (UncheckedIOException e) {
            throw ProblemException.invalidField("body", "the body cannot be read: " + e.getMessage());
        }
        check.flush();
        if (check.rows == 0 && check.errors.isEmpty()) {
            throw ProblemException.invalidField("body", "has no rows", "har ingen rader");
        }
        if (!check.errors.isEmpty()) {
            throw new ProblemException(422, "measurement-upload-refused", "Measurement upload refused",
                    check.problems + " row problem(s) in " + check.rows + " rows"
                            + (check.problems > MAX_LISTED ? " (the first " + MAX_LISTED + " are listed)" : "")
                            + "; nothing was stored",
                    check.errors).inBokmal(
                            check.problems + " feil i " + check.rows + " rader"
                                    + (check.problems > MAX_LISTED ? " (de første " + MAX_LISTED + " står her)" : "")
                                    + "; ingenting ble lagret",
                            check.errorsNb);
        }
        // every row is checked (the checks query this connection, which COPY would hold): now the rows go in at once
        em.unwrap(Session.class).doWork(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            for (byte[] chunk : check.chunks) {
                copy.writeToCopy(chunk, 0, chunk.length);
            }
            copy.endCopy();
        });
        upload.rows = check.rows;
        upload.units = check.units.size();
        upload.indicators = check.indicatorCodes.size();
        upload.periods = List.copyOf(new TreeSet<>(check.periods.keySet()));
        return Receipt.of(upload);
    }

    public Receipt get(long id) {
        MeasurementUpload u = em.find(MeasurementUpload.class, id);
        if (u == null) {
            throw ProblemException.notFound("Measurement upload", id);
        }
        return Receipt.of(u);
    }

    /** What an indicator's rows must fit: the letter's units, the reporting points, the value format. */
    private record Rules(String code, boolean inLetter, Set<String> units, ReportingPoints points, ValueFormat format) {
    }

    /** The open/closed state of a period: null reopened set = open; otherwise the units it is reopened for. */
    private record PeriodState(PeriodId id, Set<String> reopenedFor) {
    }

    /** Validates the rows as they stream by and writes the good ones into COPY. */
    private final class Check {
        final MeasurementUpload upload;
        final List<FieldError> errors = new ArrayList<>();
        final List<FieldError> errorsNb = new ArrayList<>();
        final Set<String> knownUnits;
        final Set<String> units = new HashSet<>();
        final Set<String> indicatorCodes = new HashSet<>();
        final Map<String, PeriodState> periods = new HashMap<>();
        final Map<String, Optional<Rules>> rules = new HashMap<>();
        final StringBuilder buffer = new StringBuilder(1 << 17);
        final String suffix;
        final List<byte[]> chunks = new ArrayList<>();
        int rows;
        int problems;

        Check(MeasurementUpload upload) {
            this.upload = upload;
            this.knownUnits = new HashSet<>(em.createNativeQuery("select code from known_unit", String.class).getResultList());
            this.suffix = "," + csv(upload.uploadedBy) + "," + upload.uploadedAt + "," + upload.id + "\n";
        }

        void accept(BulkRows.Row row) {
            rows++;
            if (row.problem() != null) {
                problem(row, row.field(), row.problem(), row.problemNb());
                return;
            }
            if (!knownUnits.contains(row.unit())) {
                problem(row, "unit", "unknown unit '" + row.unit() + "'", "ukjent enhet «" + row.unit() + "»");
                return;
            }
            PeriodState period = periods.computeIfAbsent(row.periodId(), this::period);
            if (period == null) {
                periods.remove(row.periodId());
                problem(row, "periodId", "'" + row.periodId() + "' is not a period id such as 2025-Q1",
                        "«" + row.periodId() + "» er ikke en periode, for eksempel 2025-Q1");
                return;
            }
            if (period.reopenedFor() != null && !period.reopenedFor().contains(row.unit())) {
                problem(row, "periodId", "period " + period.id() + " is closed for unit " + row.unit(),
                        "perioden " + period.id().labelNb() + " er lukket for " + row.unit());
                return;
            }
            Optional<Rules> r = rules.computeIfAbsent(period.id().year() + "/" + row.indicator(),
                    k -> rules(period.id().year(), row.indicator()));
            if (r.isEmpty()) {
                problem(row, "indicator", "no indicator '" + row.indicator() + "' in the letters of " + period.id().year(),
                        "ingen indikator «" + row.indicator() + "» i tildelingsbrevene for " + period.id().year());
                return;
            }
            Rules ind = r.get();
            MeasurementRules.Refusal p = MeasurementRules.problem(ind.code(), ind.inLetter(), ind.units(), ind.points(),
                    ind.format(),
                    row.unit(), period.id(), row.value());
            if (p != null) {
                problem(row, p.field(), p.message(), p.messageNb());
                return;
            }
            units.add(row.unit());
            indicatorCodes.add(row.indicator());
            if (!errors.isEmpty()) {
                return;
            }
            buffer.append(csv(row.unit())).append(',').append(row.periodId()).append(',').append(csv(row.indicator()))
                    .append(',').append(row.value().toPlainString()).append(',');
            if (row.comment() != null) {
                buffer.append(csv(row.comment()));
            }
            buffer.append(suffix);
            if (buffer.length() > (1 << 16)) {
                flush();
            }
        }

        void flush() {
            if (buffer.isEmpty() || !errors.isEmpty()) {
                buffer.setLength(0);
                return;
            }
            chunks.add(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }

        private void problem(BulkRows.Row row, String field, String message, String messageNb) {
            problems++;
            if (errors.size() < MAX_LISTED) {
                String name = "rows[" + row.number() + "]" + (field == null ? "" : "." + field);
                errors.add(new FieldError(name, message));
                errorsNb.add(new FieldError(name, messageNb));
            }
        }

        private PeriodState period(String text) {
            if (!PeriodId.isValid(text)) {
                return null;
            }
            PeriodId id = PeriodId.parse(text);
            // the same shared lock a single submission takes: a close waits until this upload has committed
            em.createNativeQuery("select pg_advisory_xact_lock_shared(hashtext(?1))").setParameter(1, id.toString())
                    .getSingleResult();
            boolean closed = !em.createNativeQuery("select 1 from period_lock where period_id = ?1")
                    .setParameter(1, id.toString()).getResultList().isEmpty();
            if (!closed) {
                return new PeriodState(id, null);
            }
            @SuppressWarnings("unchecked")
            List<String> reopened = em.createNativeQuery("select unit_code from period_reopening where period_id = ?1 "
                    + "and ended_at is null and expires_at > now()").setParameter(1, id.toString()).getResultList();
            return new PeriodState(id, Set.copyOf(reopened));
        }

        private Optional<Rules> rules(int year, String code) {
            Optional<IndicatorEntity> e = indicators.find(year, code);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            IndicatorLetter letter = letters.findById(e.get().letterId);
            return Optional.of(new Rules(code, e.get().inLetter, Set.copyOf(letter.units), e.get().points(),
                    e.get().format()));
        }
    }

    /** A CSV field for COPY: quoted when it holds a comma, quote or line break. */
    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
