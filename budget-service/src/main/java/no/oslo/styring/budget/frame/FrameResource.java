package no.oslo.styring.budget.frame;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import io.smallrye.mutiny.infrastructure.Infrastructure;

import no.oslo.styring.budget.frame.FrameViews.FrameView;
import no.oslo.styring.budget.frame.FrameViews.VersionView;
import no.oslo.styring.platform.concurrency.ETags;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.security.Caller;
import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/budget-frames")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget frames", description = "Rammer per unit and chapter over the økonomiplan, with their full history")
public class FrameResource {

    /**
     * The frame's JSON as written once per version: UTF-8, said once here rather than worked out per response. The GET
     * answers these bytes as {@code RestResponse<byte[]>}, so its writer is chosen when the service is built, not per call.
     */
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    FrameService service;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Budget frames of a letter year", description = "Base line, frame-change lines and the derived frame "
            + "and change from base per year; as they are now, or as they were at asOf")
    public List<FrameView> list(@Parameter(example = "2025") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "HEL") @QueryParam("unit") String unit,
            @Parameter(description = "A date (its end, Oslo time) or a date-time", example = "2025-03-01") @QueryParam("asOf") String asOf) {
        return service.list(year, unit, asOf(asOf));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A budget frame", description = "As it is now (with its version as ETag), or as it was at asOf")
    @APIResponse(responseCode = "200", description = "The frame; the ETag header names its current version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version: the portal's copy is current")
    @APIResponse(responseCode = "404", description = "No such frame, or it did not exist yet at asOf")
    public CompletionStage<RestResponse<byte[]>> get(@PathParam("id") long id,
            @Parameter(description = "A date (its end, Oslo time) or a date-time", example = "2025-03-01") @QueryParam("asOf") String asOf,
            @Parameter(description = "The ETag a portal already has: 304 without a body if it is still current") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Instant at = asOf(asOf);
        if (at == null) {
            // non-blocking: the current version is read on the event loop and its JSON comes from memory
            return service.currentJson(id).thenApply(frame -> {
                String etag = ETags.of(frame.version());
                if (ETags.matches(ifNoneMatch, frame.version())) {
                    return RestResponse.ResponseBuilder.<byte[]>notModified().header(HttpHeaders.ETAG, etag).build();
                }
                return RestResponse.ResponseBuilder.ok(frame.json(), JSON).header(HttpHeaders.ETAG, etag).build();
            });
        }
        return CompletableFuture.supplyAsync(() -> RestResponse.ResponseBuilder.ok(service.asOfJson(id, at), JSON).build(),
                Infrastructure.getDefaultWorkerPool());
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A frame's history", description = "Every version, oldest first: who, when, why, the frame and the "
            + "change from the version before")
    public List<VersionView> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Create a budget frame", description = "Its first version; publishes budget.frame.changed")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it")
    @APIResponse(responseCode = "409", description = "The unit already has a frame for the chapter that year")
    public Response create(@NotNull FrameRequest.Create request) {
        FrameView frame = service.create(request, caller.name());
        return Response.created(URI.create("/api/v1/budget-frames/" + frame.id())).header(HttpHeaders.ETAG,
                ETags.of(frame.version())).entity(frame).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Change a budget frame", description = "Records a new version (the old ones are kept) and publishes "
            + "budget.frame.changed on styring.budget.changes. If-Match must carry the ETag the change was made from.")
    @APIResponse(responseCode = "200", description = "Changed; the ETag names the new version")
    @APIResponse(responseCode = "412", description = "Someone changed the frame since that ETag: nothing was stored")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response change(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull FrameRequest.Change request) {
        FrameView frame = service.change(id, request, ifMatch, caller.name()).frame();
        return Response.ok(frame).header(HttpHeaders.ETAG, ETags.of(frame.version())).build();
    }

    private static Instant asOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(PeriodId.ZONE).toInstant().minusNanos(1);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("asOf", "'" + text + "' is not a date (2025-03-01) or a date-time "
                    + "(2025-03-01T12:00:00Z)");
        }
    }
}
