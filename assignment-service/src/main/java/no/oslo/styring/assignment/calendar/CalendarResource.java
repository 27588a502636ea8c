package no.oslo.styring.assignment.calendar;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.security.Roles;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Styringskalender", description = "Meetings, reporting deadlines and oppdrag deadlines; iCalendar feeds")
public class CalendarResource {

    @Inject
    CalendarService service;

    @POST
    @Path("/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Put a meeting in the styringskalender", description = "Etatsstyringsmøte, kontaktmøte, fagmøte, "
            + "startmøte or ledersamtale, with participants and the documents due before it")
    @APIResponse(responseCode = "201", description = "The meeting; Location is the unit's calendar of its year", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response create(@Valid @NotNull MeetingRequest request) {
        MeetingView m = service.create(request);
        return Response.created(URI.create("/api/v1/calendar?year=" + m.year() + "&unit=" + m.unit())).entity(m).build();
    }

    @GET
    @Path("/calendar")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A unit's styringskalender for a year", description = "Its meetings and the documents due before "
            + "them, every reporting deadline of the year, and the deadlines of its oppdrag; a reporter sees its own unit's")
    public List<CalendarEntry> calendar(
            @Parameter(example = "2025") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "HEL") @QueryParam("unit") @NotBlank String unit) {
        return service.entries(year, unit);
    }

    @GET
    @Path("/calendar/subscription")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER})
    @Operation(summary = "The link a unit subscribes to in its calendar program", description = "An iCalendar feed with the "
            + "unit's feed key in the link (calendar programs send no token); for the unit's reporter and department staff")
    public Map<String, String> subscription(@Parameter(example = "HEL") @QueryParam("unit") @NotBlank String unit) {
        return Map.of("unit", unit, "url", service.subscription(unit));
    }
}
