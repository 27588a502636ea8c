package no.oslo.styring.assignment.duty;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.security.Roles;

/** The reporting-duty reports each period close publishes on {@code styring.duty.reports}, and a preview of them. */
@Path("/api/v1/duty-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rapporteringskrav")
public class DutyReportResource {

    @Inject
    DutyService service;

    @GET
    @Path("/{periodId}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Reporting-duty reports of a closed period", description = "As published on styring.duty.reports "
            + "when the period closed: every unit with a duty due, all revisions, oldest first. A reporter sees its own "
            + "unit's only.")
    public List<DutyReports.View> reports(@Parameter(example = "2025-T2") @PathParam("periodId") String periodId,
            @Parameter(example = "HEL") @QueryParam("unit") String unit) {
        return service.reports(period(periodId), unit, false);
    }

    @GET
    @Path("/{periodId}/preview")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "The reporting-duty reports as they would be if the period closed now", description = "Same shape, "
            + "revision 0 and no event id. A reporter sees its own unit's only.")
    public List<DutyReports.View> preview(@Parameter(example = "2025-T2") @PathParam("periodId") String periodId,
            @Parameter(example = "HEL") @QueryParam("unit") String unit) {
        return service.reports(period(periodId), unit, true);
    }

    private static PeriodId period(String periodId) {
        if (!PeriodId.isValid(periodId)) {
            throw ProblemException.invalidField("periodId", "'" + periodId + "' is not a period such as 2025-T2");
        }
        return PeriodId.parse(periodId);
    }
}
