package no.oslo.styring.budget.opendata;

import java.net.URI;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.security.Caller;
import no.oslo.styring.platform.security.Roles;

/**
 * Open data: a year's budget lines as an Open Fiscal Data Package. Department staff publish a year; from then on anyone can
 * read it without a token.
 */
@Path("/api/v1/open-data/budget/{year}")
@Authenticated
@Tag(name = "Open data", description = "Budget lines as an Open Fiscal Data Package (datapackage.json + CSV)")
public class OpenDataResource {

    @Inject
    OpenDataService service;

    @Inject
    Caller caller;

    @POST
    @Path("/publication")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Publish a year's budget lines as open data", description = "From then on the package is readable "
            + "without a token; it always shows the frames as they are now")
    @APIResponse(responseCode = "201", description = "Published; Location is the datapackage.json")
    public Response publish(@PathParam("year") int year) {
        OpenDataService.Publication p = service.publish(checked(year), caller.name());
        return Response.created(URI.create(p.datapackage())).entity(p).build();
    }

    @GET
    @Path("/datapackage.json")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @SecurityRequirementsSet
    @Operation(summary = "The Fiscal Data Package descriptor of a published year", description = "No token needed")
    @APIResponse(responseCode = "200", description = "The datapackage.json of the year (Frictionless Data, Open Fiscal Data Package)")
    @APIResponse(responseCode = "404", description = "Not published (yet)")
    public Map<String, Object> descriptor(@PathParam("year") int year) {
        return service.descriptor(checked(year));
    }

    @GET
    @Path("/" + FiscalDataPackage.CSV)
    @Produces("text/csv; charset=utf-8")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(summary = "The budget lines of a published year as CSV", description = "One row per line and year; amounts "
            + "in 1 000 NOK. No token needed.")
    @APIResponse(responseCode = "200", description = "The year's budget lines, one row per line and year", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Not published (yet)")
    public Response csv(@PathParam("year") int year) {
        return Response.ok(service.csv(checked(year))).header("Content-Disposition",
                "inline; filename=\"budget-lines-" + year + ".csv\"").build();
    }

    private static int checked(int year) {
        if (year < 2000 || year > 9999) {
            throw ProblemException.invalidField("year", "must be between 2000 and 9999");
        }
        return year;
    }
}
