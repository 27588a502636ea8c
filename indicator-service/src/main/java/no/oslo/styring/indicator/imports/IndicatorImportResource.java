package no.oslo.styring.indicator.imports;

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

import no.oslo.styring.indicator.letter.IndicatorImport;
import no.oslo.styring.platform.security.Caller;
import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/indicator-imports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mål og tiltak")
public class IndicatorImportResource {

    @Inject
    IndicatorImportService service;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Import a letter's goals, tiltak and indicators", description = "Format styring.indicator-import.v3; v2 and v1 still load "
            + "(indicator-service/src/main/resources/fixtures/README.md). Any finding refuses the whole import (422, each "
            + "naming its field) and nothing is stored. Importing the same letter (year and title) again updates it.")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "422", description = "A field is wrong: a target that does not parse, an unknown goal or unit")
    public Response importLetter(@NotNull IndicatorImport in) {
        IndicatorImportService.Receipt receipt = service.importLetter(in, caller.name());
        return Response.created(URI.create("/api/v1/indicator-imports/" + receipt.letterId())).entity(receipt).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.READER})
    @Operation(summary = "What a letter's import holds now")
    public IndicatorImportService.Receipt get(@PathParam("id") long id) {
        return service.get(id);
    }
}
