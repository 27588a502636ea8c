package no.oslo.styring.platform.audit;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Interceptor;
import org.hibernate.Session;
import org.hibernate.type.Type;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import no.oslo.styring.platform.security.Caller;

/**
 * The audit trail (#19.4): every row an API request creates, changes or removes is recorded in {@code audit_entry}, in
 * the request's own transaction, with who (the caller), when, from which request (method, path, request id) and what
 * (each changed field before and after; a created row's fields). Hibernate calls this for every entity of the session;
 * what is not an API request (a consumer, the outbox relay, a scheduled close) is not recorded here, and neither are
 * the outbox and inbox rows themselves. One instance per session ({@link Dependent}), so what it collects is that
 * transaction's.
 */
@Dependent
@PersistenceUnitExtension
public class AuditInterceptor implements Interceptor {

    /** The header a client may send to name its request; one is made up otherwise, and answered in the response. */
    public static final String REQUEST_ID = "X-Request-Id";

    private static final Set<String> NOT_AUDITED = Set.of("OutboxEvent", "InboxEvent", "AuditEntry");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Instance<CurrentVertxRequest> request;

    @Inject
    Instance<Caller> caller;

    @Inject
    Instance<EntityManager> em;

    @Inject
    ObjectMapper json;

    private record Pending(Object entity, String action, Map<String, Object> values) {
    }

    private final List<Pending> pending = new ArrayList<>();

    private boolean lookedUp;
    private RoutingContext writeRequest;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (audited(entity)) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                values.put(names[i], state[i]);
            }
            pending.add(new Pending(entity, "CREATED", values));
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        if (audited(entity)) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                Object before = previous == null ? null : previous[i];
                if (!types[i].isEqual(before, current[i])) {
                    values.put(names[i], java.util.Arrays.asList(before, current[i]));
                }
            }
            if (!values.isEmpty()) {
                pending.add(new Pending(entity, "CHANGED", values));
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (audited(entity)) {
            pending.add(new Pending(entity, "REMOVED", Map.of()));
        }
    }

    /** After each flush (the last one just before the commit): the collected entries, on the session's connection. */
    @Override
    public void postFlush(Iterator<Object> entities) {
        if (pending.isEmpty()) {
            return;
        }
        RoutingContext rc = routingContext();
        if (rc == null) {
            pending.clear();
            return;
        }
        List<Pending> entries = List.copyOf(pending);
        pending.clear();
        String requestId = requestId(rc);
        String actor = actor();
        EntityManager manager = em.get();
        var ids = manager.getEntityManagerFactory().getPersistenceUnitUtil();
        Timestamp at = Timestamp.from(Instant.now());
        manager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (at, actor, request_id, "
                    + "method, path, entity, entity_id, action, changes) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
                for (Pending p : entries) {
                    insert.setTimestamp(1, at);
                    insert.setString(2, actor);
                    insert.setString(3, requestId);
                    insert.setString(4, rc.request().method().name());
                    insert.setString(5, rc.request().path());
                    insert.setString(6, p.entity().getClass().getSimpleName());
                    insert.setString(7, idOf(ids.getIdentifier(p.entity())));
                    insert.setString(8, p.action());
                    insert.setString(9, written(p.values()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * A record's id as the trail names it: the id itself, or a composite id's parts joined with "/" in their declared
     * order (a frame version {@code 4/3}: frame 4, version 3).
     */
    static String idOf(Object id) {
        if (id == null || id instanceof Number || id instanceof CharSequence || id instanceof UUID) {
            return String.valueOf(id);
        }
        List<String> parts = new ArrayList<>();
        for (java.lang.reflect.Field f : id.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            try {
                f.setAccessible(true);
                parts.add(String.valueOf(f.get(id)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return String.valueOf(id);
            }
        }
        return parts.isEmpty() ? String.valueOf(id) : String.join("/", parts);
    }

    private boolean audited(Object entity) {
        return !NOT_AUDITED.contains(entity.getClass().getSimpleName()) && routingContext() != null;
    }

    /**
     * The API request being served, if this session serves a write request. A session serves one request (or none) for
     * its whole life, so it is looked up once, not for every row.
     */
    private RoutingContext routingContext() {
        if (!lookedUp) {
            lookedUp = true;
            if (Arc.container().requestContext().isActive() && request.isResolvable()) {
                RoutingContext rc = request.get().getCurrent();
                writeRequest = rc == null || READS.contains(rc.request().method().name()) ? null : rc;
            }
        }
        return writeRequest;
    }

    private static String requestId(RoutingContext rc) {
        String id = rc.get(REQUEST_ID);
        if (id == null) {
            String given = rc.request().getHeader(REQUEST_ID);
            id = given != null && given.matches("[A-Za-z0-9._:-]{1,100}") ? given : UUID.randomUUID().toString();
            rc.put(REQUEST_ID, id);
            if (!rc.response().headWritten()) {
                rc.response().putHeader(REQUEST_ID, id);
            }
        }
        return id;
    }

    private String actor() {
        try {
            return caller.get().name();
        } catch (RuntimeException anonymous) {
            return "anonymous";
        }
    }

    private String written(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, plain(v)));
        try {
            return json.writeValueAsString(out);
        } catch (Exception e) {
            return "{}";
        }
    }

    /** A value as JSON can hold it: what Jackson cannot write (a lazy proxy, a stream) as its text. */
    private Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum<?>) {
            return v;
        }
        if (v instanceof List<?> list) {
            return list.stream().map(this::plain).toList();
        }
        try {
            return json.readTree(json.writeValueAsString(v));
        } catch (Exception e) {
            return String.valueOf(v);
        }
    }
}
