package no.oslo.styring.assignment.duty;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/reporting-duties")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rapporteringskrav", description = "Reporting duties that are not indicators, and whether units delivered them")
public class DutyResource {

    @Inject
    DutyService service;

    @POST
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Set a reporting duty", description = "What is reported, by which units, to whom, and when: at "
            + "reporting points, on a date, when something happens («straks»), or before each meeting of a kind")
    public Response create(@Valid @NotNull DutyRequest request) {
        DutyView d = service.create(request, null);
        return Response.created(URI.create("/api/v1/reporting-duties/" + d.id())).entity(d).build();
    }

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "The reporting duties of a year", description = "Optionally those a unit reports; a reporter sees "
            + "its own unit's only")
    public List<DutyView> list(@Parameter(example = "2025") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "HEL") @QueryParam("unit") String unit) {
        return service.list(year, unit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A reporting duty")
    public DutyView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/fulfilments")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER})
    @Operation(summary = "Say whether a duty was delivered", description = "For a unit that reports it (a reporter for its "
            + "own unit), at an occasion: a period the duty's points name, its date, or the day of the event or meeting")
    public Response fulfil(@PathParam("id") long id, @Valid @NotNull FulfilmentRequest request) {
        DutyView.Fulfilment f = service.fulfil(id, request);
        return Response.created(URI.create("/api/v1/reporting-duties/" + id + "/fulfilments/" + f.id())).entity(f).build();
    }

    @GET
    @Path("/status")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A unit's duties at a period", description = "Each duty due (DELIVERED, NOT_DELIVERED or MISSING), "
            + "and the event-driven and meeting duties (ONGOING) with their latest fulfilment in the period")
    public List<DutyView.Status> status(@Parameter(example = "HEL") @QueryParam("unit") @NotBlank String unit,
            @Parameter(example = "2025-T2") @QueryParam("period") @NotBlank String period) {
        if (!PeriodId.isValid(period)) {
            throw ProblemException.invalidField("period", "'" + period + "' is not a period such as 2025-T2");
        }
        return service.status(unit, PeriodId.parse(period));
    }
}
