package no.oslo.styring.bench;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The third baseline ({@code benchmarks/run --baseline reactive}): the same one row as {@link BareRowResource}, read
 * through the non-blocking PostgreSQL client on the event loop, as the budget-service's frame GET reads its current version.
 * Still no token and nothing else.
 */
@Path("/bare/reactive-frames/{id}")
public class BareReactiveRowResource {

    @Inject
    Pool pool;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Object>> read(@PathParam("id") long id) {
        return pool.preparedQuery("select unit_code, version from budget_frame where id = $1").execute(Tuple.of(id))
                .map(rows -> {
                    RowIterator<Row> row = rows.iterator();
                    if (!row.hasNext()) {
                        throw new NotFoundException();
                    }
                    Row r = row.next();
                    return Map.of("id", id, "unit", r.getString(0), "version", r.getInteger(1));
                });
    }
}
