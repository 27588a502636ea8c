package no.oslo.styring.assignment.unit;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Departments, agencies and districts (virksomheter)")
public class UnitResource {

    @Inject
    UnitService service;

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "List units", description = "By code, a page at a time")
    public List<UnitView> list(@QueryParam("kind") UnitKind kind,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size") @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return service.list(kind, page, size);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Get a unit")
    public UnitView get(@Parameter(example = "030112") @PathParam("code") String code) {
        return service.get(code);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Create or update a unit", description = "201 when created, 200 when updated; a change is "
            + "published as unit.upserted on styring.units")
    public Response put(@Parameter(example = "030112") @PathParam("code") String code,
            @Valid @NotNull UnitRequest request) {
        UnitService.Put result = service.put(code, request);
        return result.created()
                ? Response.created(URI.create("/api/v1/units/" + code)).entity(result.unit()).build()
                : Response.ok(result.unit()).build();
    }
}
