package no.oslo.styring.climate.status;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/measure-status")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measure status", description = "Status of klimabudsjett measures per responsible unit and period")
public class MeasureStatusResource {

    @Inject
    MeasureStatusService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER})
    @Operation(summary = "Submit a measure status", description = "A value, a status (ON_TRACK, AT_RISK, OFF_TRACK) and a "
            + "comment for a reporting indicator of a measure the unit is responsible for, reported in the period's type. "
            + "For an open period; a reporter for its own unit only. "
            + "After the period closed: 409 period-closed, and nothing is stored.")
    public Response submit(@Valid @NotNull MeasureStatusRequest request) {
        MeasureStatusView created = service.submit(request);
        return Response.created(URI.create("/api/v1/measure-status/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A unit's measure statuses for a period")
    public List<MeasureStatusView> list(@Parameter(example = "HEL") @QueryParam("unit") @NotBlank String unit,
            @Parameter(example = "2025-Q1") @QueryParam("period") @NotBlank String period) {
        return service.list(unit, period);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Get a measure status")
    public MeasureStatusView get(@PathParam("id") long id) {
        return service.get(id);
    }
}
