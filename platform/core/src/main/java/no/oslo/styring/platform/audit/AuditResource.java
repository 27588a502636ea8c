package no.oslo.styring.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.security.Roles;

/** The audit trail of this service's data, for department staff: who changed what, when, from which request. */
@Path("/api/v1/audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when, from which request (revisjonsspor)")
public class AuditResource {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** One API request that changed the data: each row it created, changed or removed. */
    @Schema(name = "AuditRequest")
    public record RequestView(String requestId, Instant at, String actor, String method, String path,
            List<ChangeView> changes) {
    }

    /** One row: CREATED with its fields, CHANGED with each changed field as [before, after], or REMOVED. */
    @Schema(name = "AuditChange")
    public record ChangeView(@Schema(examples = "BudgetFrame") String entity, String id,
            @Schema(examples = "CHANGED") String action, JsonNode values) {
    }

    @GET
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "The audit trail of a record", description = "Every API request that created, changed or removed "
            + "the record, oldest first, each with all it changed (a frame's change records a new version too). The "
            + "entity is the record's type as the trail names it: BudgetFrame, Letter, Oppdrag, …")
    public List<RequestView> trail(
            @Parameter(description = "The record's type", example = "BudgetFrame") @QueryParam("entity") @NotBlank @Size(max = 100) String entity,
            @Parameter(description = "The record's id", example = "1") @QueryParam("id") @NotBlank @Size(max = 200) String id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_id, at, actor, method, path, entity, entity_id, action, "
                + "cast(changes as text) from audit_entry where request_id in (select request_id from audit_entry "
                + "where entity = ?1 and entity_id = ?2) order by id").setParameter(1, entity).setParameter(2, id)
                .getResultList();
        Map<String, RequestView> requests = new LinkedHashMap<>();
        for (Object[] r : rows) {
            RequestView request = requests.computeIfAbsent((String) r[0], k -> new RequestView(k, instant(r[1]),
                    (String) r[2], (String) r[3], (String) r[4], new ArrayList<>()));
            request.changes().add(new ChangeView((String) r[5], (String) r[6], (String) r[7], tree((String) r[8])));
        }
        return List.copyOf(requests.values());
    }

    private static Instant instant(Object at) {
        return at instanceof java.sql.Timestamp t
                ? t.toInstant()
                : at instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) at;
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
