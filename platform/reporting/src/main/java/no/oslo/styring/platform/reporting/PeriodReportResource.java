package no.oslo.styring.platform.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

    @Inject
    PeriodReportSource source;

    @Inject
    UnitDirectory units;

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
        String only = readable(periodId, unit);
        var query = em.createQuery("from PeriodReport where periodId = :period"
                + (only == null ? "" : " and unitCode = :unit") + " order by unitCode, revision", PeriodReport.class)
                .setParameter("period", periodId);
        if (only != null) {
            query.setParameter("unit", only);
        }
        return query.getResultList().stream()
                .map(this::view).toList();
    }

    @GET
    @Path("/{periodId}/preview")
    @Transactional
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "The reports as they would be if the period closed now", description = "Every reporting unit's "
            + "report built from what it has saved so far (its drafts), in the same shape as the published reports, with "
            + "revision 0 and no event id: what is due, what is missing, evaluated. For the reporting page and the period "
            + "overview before the close. A reporter sees its own unit's only.")
    public List<ReportView> preview(
            @Parameter(description = "Period id", example = "2025-Q1") @PathParam("periodId") String periodId,
            @Parameter(description = "Only this unit", example = "030112") @QueryParam("unit") String unit) {
        String only = readable(periodId, unit);
        PeriodId period = PeriodId.parse(periodId);
        Instant now = Instant.now();
        // one unit's preview evaluates that unit only (a reporting page), not every unit of the city
        PeriodReportSource.Reports reports = source.prepare(period, only == null ? null : Set.of(only));
        return units.reportingUnits().stream().filter(u -> only == null || only.equals(u.code()))
                .map(u -> new ReportView(u.code(), periodId, 0, now, null,
                        json.valueToTree(reports.report(u, 0, now))))
                .toList();
    }

    /** The one unit the caller may read (a reporter's own), or null for all; a bad period id is a 400. */
    private String readable(String periodId, String unit) {
        if (!PeriodId.isValid(periodId)) {
            throw ProblemException.invalidField("periodId", "'" + periodId + "' is not a period id such as 2025-Q1");
        }
        if (!caller.isReporter()) {
            return unit;
        }
        String own = caller.unit().orElseThrow(() -> ProblemException.forbidden("Your token names no unit"));
        if (unit != null && !unit.equals(own)) {
            throw ProblemException.forbidden("You may read only your own unit's reports",
                    "Du kan bare se din egen enhets rapporter");
        }
        return own;
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
