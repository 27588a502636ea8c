package no.oslo.styring.platform.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.security.Caller;
import no.oslo.styring.platform.security.Roles;

/** The reports this service published for a closed period: every revision, as sent on its report topic. */
@Path("/api/v1/period-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Period reports", description = "Reports published when a period closes (perioderapporter)")
public class PeriodReportResource {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** One published report. */
    public record ReportView(String unit, String periodId, int revision, Instant generatedAt, UUID eventId, JsonNode report) {
    }

    @GET
    @Path("/{periodId}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Reports of a closed period", description = "Every unit's reports for the period, all revisions, "
            + "oldest first. A reporter sees its own unit's reports only.")
    public List<ReportView> list(
            @Parameter(description = "Period id", example = "2025-Q1") @PathParam("periodId") String periodId,
            @Parameter(description = "Only this unit", example = "030112") @QueryParam("unit") String unit) {
        if (!PeriodId.isValid(periodId)) {
            throw ProblemException.invalidField("periodId", "'" + periodId + "' is not a period id such as 2025-Q1");
        }
        String only = unit;
        if (caller.isReporter()) {
            only = caller.unit().orElseThrow(() -> ProblemException.forbidden("Your token names no unit"));
            if (unit != null && !unit.equals(only)) {
                throw ProblemException.forbidden("You may read only your own unit's reports");
            }
        }
        var query = em.createQuery("from PeriodReport where periodId = :period"
                + (only == null ? "" : " and unitCode = :unit") + " order by unitCode, revision", PeriodReport.class)
                .setParameter("period", periodId);
        if (only != null) {
            query.setParameter("unit", only);
        }
        return query.getResultList().stream()
                .map(this::view).toList();
    }

    private ReportView view(PeriodReport r) {
        try {
            return new ReportView(r.unitCode(), r.periodId(), r.revision(), r.generatedAt(), r.eventId(),
                    json.readTree(r.payload()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
