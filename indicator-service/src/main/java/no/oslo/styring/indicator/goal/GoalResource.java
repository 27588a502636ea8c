package no.oslo.styring.indicator.goal;

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

import no.oslo.styring.indicator.goal.GoalView.LetterGoals;
import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/goals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mål og tiltak", description = "Kommunemål → sektormål, funksjonsområde → hovedmål, and their tiltak")
public class GoalResource {

    @Inject
    GoalService service;

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "The goal hierarchy of a letter year", description = "Per letter: its goals as a tree, each with "
            + "its tiltak (nærmere forklaring, withdrawn with reason) and the codes of its indicators")
    public List<LetterGoals> hierarchy(
            @Parameter(example = "2024") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "030112") @QueryParam("unit") String unit) {
        return service.hierarchy(year, unit);
    }
}
