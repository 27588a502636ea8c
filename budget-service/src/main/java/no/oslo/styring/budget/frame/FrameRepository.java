package no.oslo.styring.budget.frame;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowIterator;
import io.vertx.sqlclient.Tuple;

@ApplicationScoped
public class FrameRepository implements PanacheRepositoryBase<BudgetFrame, Long> {

    /**
     * The same database through the non-blocking client (quarkus.datasource.reactive.*), for the frame GET: its Vert.x API
     * completes on the request's event loop with no context captured per step, which the hot path has no use for.
     */
    @Inject
    Pool pool;

    public Optional<BudgetFrame> find(int letterYear, String unit, String chapter) {
        return find("letterYear = ?1 and unitCode = ?2 and chapter = ?3", letterYear, unit, chapter).firstResultOptional();
    }

    /** The unit's frame for the chapter in the letter year, locked until the transaction ends (as {@link #findForUpdate}). */
    public Optional<BudgetFrame> findForUpdate(int letterYear, String unit, String chapter) {
        return find("letterYear = ?1 and unitCode = ?2 and chapter = ?3", letterYear, unit, chapter)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The frame, locked until the transaction ends: two changes of one frame run one after the other. */
    public BudgetFrame findForUpdate(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The frames of a letter year, of one unit or (null) all, in unit and chapter order. */
    public List<BudgetFrame> ofYear(int letterYear, String unit) {
        return unit == null
                ? list("letterYear", Sort.by("unitCode").and("chapter"), letterYear)
                : list("letterYear = ?1 and unitCode = ?2", Sort.by("chapter"), letterYear, unit);
    }

    /**
     * The current version number of a frame, read as one row without blocking (the hot path of every frame GET: it runs on
     * the event loop, and the view of that version comes from memory); completes with null if there is no such frame.
     */
    public CompletionStage<Integer> currentVersionNonBlocking(long id) {
        return pool.preparedQuery("select version from budget_frame where id = $1").execute(Tuple.of(id)).map(rows -> {
            RowIterator<Row> row = rows.iterator();
            return row.hasNext() ? row.next().getInteger(0) : (Integer) null;
        }).toCompletionStage();
    }

    public BudgetFrameVersion version(long frameId, int version) {
        return getEntityManager().find(BudgetFrameVersion.class, new BudgetFrameVersion.Key(frameId, version));
    }

    /** The version in force at {@code asOf}: the last one recorded at or before it; null if the frame did not exist yet. */
    public BudgetFrameVersion versionAsOf(long frameId, Instant asOf) {
        return getEntityManager().createQuery("from BudgetFrameVersion v where v.frameId = :id and v.recordedAt <= :asOf "
                + "order by v.version desc", BudgetFrameVersion.class).setParameter("id", frameId).setParameter("asOf", asOf)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** How many frame versions an import recorded: the frames it changed (or created). */
    public long versionsOfImport(long importId) {
        return getEntityManager().createQuery("select count(v) from BudgetFrameVersion v where v.importId = :id", Long.class)
                .setParameter("id", importId).getSingleResult();
    }

    public List<BudgetFrameVersion> versions(long frameId) {
        return getEntityManager().createQuery("from BudgetFrameVersion v where v.frameId = :id order by v.version",
                BudgetFrameVersion.class).setParameter("id", frameId).getResultList();
    }

    /** Every frame of a letter year (of one unit, or null: all) with its current version, in one query. */
    public List<Object[]> currentOfYear(int letterYear, String unit) {
        var query = getEntityManager().createQuery("select f, v from BudgetFrame f, BudgetFrameVersion v "
                + "where v.frameId = f.id and v.version = f.version and f.letterYear = :year"
                + (unit == null ? "" : " and f.unitCode = :unit"), Object[].class).setParameter("year", letterYear);
        return (unit == null ? query : query.setParameter("unit", unit)).getResultList();
    }
}
