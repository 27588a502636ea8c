package no.oslo.styring.assignment.period;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.security.Caller;
import no.oslo.styring.platform.security.Roles;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Periods", description = "Reporting periods (1. kvartal, 2. tertial, årsberetning, months) and their close")
public class PeriodResource {

    @Inject
    PeriodService service;

    @Inject
    Caller caller;

    @GET
    @Path("/periods")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "The periods of a year", description = "Ordered by their last day")
    public List<PeriodView> list(@Parameter(example = "2025") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year) {
        return service.list(year);
    }

    @GET
    @Path("/periods/{periodId}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Get a period and its state")
    public PeriodView get(@Parameter(example = "2025-Q1") @PathParam("periodId") String periodId) {
        return service.get(periodId);
    }

    @POST
    @Path("/periods/{periodId}/close")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Close a period", description = "Publishes period.closed on styring.periods; the budget, indicator "
            + "and climate services then refuse submissions for the period and publish one report per unit. Closing a reopened "
            + "period ends its reopenings and issues the reopened units' reports again, as the next revision.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Already closed (and not reopened for any unit)")
    public PeriodView close(@Parameter(example = "2025-Q1") @PathParam("periodId") String periodId) {
        return service.close(periodId, caller.name());
    }

    @POST
    @Path("/periods/{periodId}/reopenings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Reopen a closed period for one unit", description = "With a reason and an expiry; publishes "
            + "period.reopened on styring.periods. Until it expires or the period is closed again, the unit's submissions "
            + "are accepted; the next close issues that unit's reports as the next revision.")
    @APIResponse(responseCode = "201", description = "Reopened")
    @APIResponse(responseCode = "409", description = "The period is open, or already reopened for the unit")
    public Response reopen(@Parameter(example = "2025-Q1") @PathParam("periodId") String periodId,
            @Valid @NotNull ReopeningRequest request) {
        ReopeningView created = service.reopen(periodId, request, caller.name());
        return Response.created(URI.create("/api/v1/periods/" + periodId + "/reopenings/" + created.id())).entity(created)
                .build();
    }

    @GET
    @Path("/periods/{periodId}/reopenings")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A period's reopenings", description = "Every reopening, current and ended: who, when, why, until")
    public List<ReopeningView> reopenings(@Parameter(example = "2025-Q1") @PathParam("periodId") String periodId) {
        return service.reopenings(periodId);
    }

    @GET
    @Path("/periods/{periodId}/reopenings/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Get a reopening")
    public ReopeningView reopening(@PathParam("periodId") String periodId, @PathParam("id") long id) {
        return service.reopening(periodId, id);
    }

    @POST
    @Path("/years/{year}/periods")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Set up a year's periods", description = "Creates the missing periods of the year (12 months, "
            + "4 quarters, 3 tertials, the year), open, with their default deadlines: 201 if any was created, else 200")
    public Response createYear(@Parameter(example = "2026") @PathParam("year") int year) {
        PeriodService.YearPeriods result = service.createYear(year);
        Response.ResponseBuilder response = result.created() > 0
                ? Response.created(URI.create("/api/v1/periods?year=" + year))
                : Response.ok();
        return response.entity(result.periods()).build();
    }
}
