package no.oslo.styring.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Reads one row of the budget database (a frame's current version) with plain JDBC: no token, no ORM, nothing else. */
@Path("/bare/frames/{id}")
public class BareRowResource {

    /**
     * The second baseline ({@code benchmarks/run --baseline content}): one row holding the frame's content (the latest
     * version's lines, as stored), returned as it comes from the database, so that both sides serve a frame of the same
     * size. Still no token, no ORM, no mapping.
     */
    @GET
    @Path("/content")
    @Produces(MediaType.APPLICATION_JSON)
    public String content(@PathParam("id") long id) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select lines::text from budget_frame_version where frame_id = ? "
                        + "order by version desc limit 1")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new NotFoundException();
                }
                return r.getString(1);
            }
        }
    }

    @Inject
    DataSource db;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> read(@PathParam("id") long id) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select unit_code, version from budget_frame where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new NotFoundException();
                }
                return Map.of("id", id, "unit", r.getString(1), "version", r.getInt(2));
            }
        }
    }
}
