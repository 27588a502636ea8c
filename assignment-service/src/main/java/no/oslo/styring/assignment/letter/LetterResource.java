package no.oslo.styring.assignment.letter;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.concurrency.ETags;
import no.oslo.styring.platform.security.Caller;
import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/letters")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tildelingsbrev", description = "Allocation letters with their versions (supplementary letters)")
public class LetterResource {

    @Inject
    LetterService service;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Record a letter (version 1)", description = "Year, title, reference and date, issuing departments, "
            + "recipients and the sections as text.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response create(@Valid @NotNull LetterRequest request) {
        LetterView letter = service.create(request, caller.name());
        return Response.created(URI.create("/api/v1/letters/" + letter.id())).header(HttpHeaders.ETAG,
                ETags.of(letter.version())).entity(letter).build();
    }

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Letters, newest year first", description = "Optionally of a year, and of a unit (as recipient or "
            + "issuer)")
    public List<LetterView> list(@Parameter(example = "2025") @QueryParam("year") @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "HEL") @QueryParam("unit") String unit) {
        return service.list(year, unit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A letter as of its current version, or of ?version=")
    public Response get(@PathParam("id") long id, @QueryParam("version") @Min(1) Integer version) {
        LetterView letter = service.get(id, version);
        return Response.ok(letter).header(HttpHeaders.ETAG, ETags.of(letter.currentVersion())).build();
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Record a supplementary letter as the next version", description = "The whole content as it now "
            + "stands, and the reason. If-Match must carry the ETag of the version it was made from (428 without, 412 "
            + "when another version came first).")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "412", description = "Another version was recorded first")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response addVersion(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LetterVersionRequest request) {
        LetterView letter = service.addVersion(id, ifMatch, request, caller.name());
        return Response.created(URI.create("/api/v1/letters/" + id + "?version=" + letter.version()))
                .header(HttpHeaders.ETAG, ETags.of(letter.version())).entity(letter).build();
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "The letter's versions: who, when, why")
    public List<LetterView.Summary> versions(@PathParam("id") long id) {
        return service.versions(id);
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "What changed between two versions", description = "Fields that differ, and sections added, "
            + "removed or changed (matched by their number)")
    public LetterDiff diff(@PathParam("id") long id, @QueryParam("from") @NotNull @Min(1) Integer from,
            @QueryParam("to") @NotNull @Min(1) Integer to) {
        return service.diff(id, from, to);
    }
}
