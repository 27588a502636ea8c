package no.oslo.styring.assignment.calendar;

import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.oslo.styring.platform.period.PeriodId;

/**
 * A unit's styringskalender as an iCalendar feed. Calendar programs send no token, so the link carries the unit's feed key
 * (GET /api/v1/calendar/subscription); a wrong key is answered 404.
 */
@Path("/api/v1/calendar-feeds")
@Tag(name = "Styringskalender")
public class CalendarFeedResource {

    @Inject
    CalendarService service;

    @GET
    @Path("/{unit}.ics")
    @PermitAll
    @SecurityRequirementsSet
    @Produces("text/calendar;charset=utf-8")
    @Operation(summary = "A unit's calendar feed (iCalendar)", description = "The year's entries (default: this year)")
    public String feed(@PathParam("unit") String unit, @QueryParam("key") String key,
            @QueryParam("year") @Min(2000) @Max(9999) Integer year) {
        return service.feed(unit, key, year == null ? LocalDate.now(PeriodId.ZONE).getYear() : year);
    }
}
