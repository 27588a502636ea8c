package no.oslo.styring.indicator.evaluation;

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

@Path("/api/v1/evaluations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measurements")
public class EvaluationResource {

    @Inject
    EvaluationService service;

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A unit's indicators for a period, evaluated", description = "Every indicator due from the unit in "
            + "the period with its latest value, the year's target and the evaluation (MET, NOT_MET, NO_TARGET, NO_DATA) "
            + "explained in Norwegian and English, and the counts. Before the close these are the unit's drafts: a reporter "
            + "sees only its own unit.")
    public EvaluationView evaluate(@Parameter(example = "HEL") @QueryParam("unit") @NotBlank String unit,
            @Parameter(example = "2025-Q1") @QueryParam("period") @NotBlank String period) {
        return service.evaluate(unit, period);
    }
}
