package no.oslo.styring.climate.measure;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/climate-measures")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Klimabudsjett")
public class MeasureResource {

    @Inject
    MeasureService service;

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "The climate-budget measures of a year", description = "Optionally only those a unit is responsible "
            + "for (named, or ALL)")
    public List<MeasureView> list(@Parameter(example = "2025") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "HEL") @QueryParam("unit") String unit) {
        return service.list(year, unit);
    }
}
