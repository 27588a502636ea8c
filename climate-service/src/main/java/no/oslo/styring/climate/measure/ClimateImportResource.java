package no.oslo.styring.climate.measure;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.security.Caller;
import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/climate-imports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Klimabudsjett", description = "Climate-budget measures (virkemidler), their indicators and targets")
public class ClimateImportResource {

    @Inject
    ClimateImportService service;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Import a climate-budget reporting table (JSON)", description = "Format styring.climate-import.v1 "
            + "(climate-service/src/main/resources/fixtures/README.md). Any finding refuses the whole import (422, naming "
            + "each field); nothing is stored. Importing the same table (year and title) again replaces it.")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "422", description = "A field is wrong; nothing was stored")
    public Response importJson(@NotNull ClimateImport in) {
        return created(service.importJson(in, caller.name()));
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Import a climate-budget reporting table (CSV)", description = "One row per indicator; findings "
            + "name rows[n].column (the header is row 1).")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "422", description = "A row is wrong; nothing was stored")
    public Response importCsv(String csv) {
        return created(service.importCsv(csv, caller.name()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.READER})
    @Operation(summary = "What a climate table holds now")
    public ClimateImportService.Receipt get(@PathParam("id") long id) {
        return service.get(id);
    }

    private static Response created(ClimateImportService.Receipt receipt) {
        return Response.created(URI.create("/api/v1/climate-imports/" + receipt.tableId())).entity(receipt).build();
    }
}
