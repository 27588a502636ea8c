package no.oslo.styring.indicator.tiltak;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/tiltak-statuses")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mål og tiltak")
public class TiltakStatusResource {

    @Inject
    TiltakStatusService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER})
    @Operation(summary = "Report a tiltak's status", description = "NOT_STARTED, IN_PROGRESS, DONE or WITHDRAWN with a "
            + "comment, for an open period; a reporter for its own unit only. The latest per period counts.")
    public Response submit(@Valid @NotNull TiltakStatusRequest request) {
        TiltakStatusView created = service.submit(request);
        return Response.created(URI.create("/api/v1/tiltak-statuses?unit=" + created.unit() + "&period="
                + created.periodId())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A unit's tiltak statuses for a period", description = "Every submission, oldest first")
    public List<TiltakStatusView> list(@Parameter(example = "HEL") @QueryParam("unit") @NotBlank String unit,
            @Parameter(example = "2025-Y") @QueryParam("period") @NotBlank String period) {
        return service.list(unit, period);
    }
}
