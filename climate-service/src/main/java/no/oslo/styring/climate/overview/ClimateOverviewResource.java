package no.oslo.styring.climate.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
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

@Path("/api/v1/climate-overview")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Klimabudsjett")
public class ClimateOverviewResource {

    @Inject
    ClimateOverviewService service;

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.READER})
    @Operation(summary = "City-wide view of a period", description = "Every measure with, for each of its indicators due in "
            + "the period, how many responsible units met it, missed it or did not report it, and their statuses. "
            + "Department staff and readers: it counts every unit's submissions.")
    public ClimateOverview overview(@Parameter(example = "2025-Q1") @QueryParam("period") @NotBlank String period) {
        return service.overview(period);
    }
}
