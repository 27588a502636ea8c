package no.oslo.styring.indicator.indicator;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/indicators")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resultatindikatorer", description = "Result indicators with history and targets (måltall)")
public class IndicatorResource {

    @Inject
    IndicatorService service;

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "The indicators of a letter year", description = "Optionally only those of the letters sent to a unit")
    public List<IndicatorView> list(
            @Parameter(example = "2025") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "HEL") @QueryParam("unit") String unit) {
        return service.list(year, unit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "An indicator")
    public IndicatorView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}/units/{unit}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Set a unit's own targets and results of an indicator", description = "«Lokale måltall»: "
            + "replaces the unit's own targets per year (in the shared target grammar) and its own results, without "
            + "importing the letter again. The unit is judged against its own target of a year where it has one, and "
            + "«Minst like godt resultat som for 2023» resolves against its own result. The unit must be a recipient of "
            + "the indicator's letter. Publishes indicator.changed.v1.")
    public IndicatorView setLocal(@PathParam("id") long id, @Parameter(example = "030112") @PathParam("unit") String unit,
            @NotNull LocalFigures figures) {
        return service.setLocal(id, unit, figures);
    }

    @GET
    @Path("/{code}/series")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "An indicator over the years", description = "For trends: the latest letter's history values, "
            + "each year's target (with its number when it has one), and the values units reported in closed periods, one per "
            + "unit and period (drafts never). Optionally for one unit.")
    public IndicatorSeries series(@Parameter(example = "bydel-andel-fast-ansatte-heltid") @PathParam("code") String code,
            @Parameter(example = "030112") @QueryParam("unit") String unit) {
        return service.series(code, unit);
    }
}
