package no.oslo.styring.assignment.oppdrag;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.concurrency.ETags;
import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/oppdrag")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Oppdrag", description = "Assignments: announced → issued → delivered → accepted or returned; overdue derived")
public class OppdragResource {

    @Inject
    OppdragService service;

    @POST
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Give or announce an oppdrag", description = "To one or several units, with a deadline date or a "
            + "period (its last day). Published as assignment.changed.v1 on styring.assignments, one event per recipient.")
    public Response create(@Valid @NotNull OppdragRequest request) {
        OppdragView o = service.create(request, null);
        return Response.created(URI.create("/api/v1/oppdrag/" + o.id())).entity(o).build();
    }

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Oppdrag, newest year first", description = "Optionally of a year and to a unit; a reporter sees its "
            + "own unit's only")
    public List<OppdragView> list(@Parameter(example = "2025") @QueryParam("year") @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "HEL") @QueryParam("unit") String unit) {
        return service.list(year, unit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "An oppdrag with its transitions", description = "Its ETag is its version: send it as If-Match "
            + "with a step to make sure no one else took a step in between")
    public RestResponse<OppdragView> get(@PathParam("id") long id) {
        return tagged(service.get(id));
    }

    /** The oppdrag with its version as ETag. */
    private static RestResponse<OppdragView> tagged(OppdragView oppdrag) {
        return RestResponse.ResponseBuilder.ok(oppdrag).header(HttpHeaders.ETAG, ETags.of(oppdrag.version())).build();
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Issue an announced oppdrag")
    @APIResponse(responseCode = "200", description = "The step is taken; the oppdrag as it now is, its version as ETag", content = @Content(schema = @Schema(implementation = OppdragView.class)))
    @APIResponse(responseCode = "412", description = "If-Match named an older version: another step came first")
    public RestResponse<OppdragView> issue(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid DecisionRequest request) {
        return tagged(service.decide(id, OppdragStatus.ISSUED, request, ifMatch));
    }

    @POST
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER})
    @Operation(summary = "Deliver an oppdrag", description = "By a recipient (a reporter for its own unit), with a note and "
            + "a document link")
    @APIResponse(responseCode = "200", description = "The step is taken; the oppdrag as it now is, its version as ETag", content = @Content(schema = @Schema(implementation = OppdragView.class)))
    @APIResponse(responseCode = "412", description = "If-Match named an older version: another step came first")
    public RestResponse<OppdragView> deliver(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeliveryRequest request) {
        return tagged(service.deliver(id, request, ifMatch));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Accept a delivery")
    @APIResponse(responseCode = "200", description = "The step is taken; the oppdrag as it now is, its version as ETag", content = @Content(schema = @Schema(implementation = OppdragView.class)))
    @APIResponse(responseCode = "412", description = "If-Match named an older version: another step came first")
    public RestResponse<OppdragView> accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid DecisionRequest request) {
        return tagged(service.decide(id, OppdragStatus.ACCEPTED, request, ifMatch));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Return a delivery to the recipient", description = "It is then to be delivered again")
    @APIResponse(responseCode = "200", description = "The step is taken; the oppdrag as it now is, its version as ETag", content = @Content(schema = @Schema(implementation = OppdragView.class)))
    @APIResponse(responseCode = "412", description = "If-Match named an older version: another step came first")
    public RestResponse<OppdragView> returnDelivery(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid DecisionRequest request) {
        return tagged(service.decide(id, OppdragStatus.RETURNED, request, ifMatch));
    }
}
