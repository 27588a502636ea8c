package no.oslo.styring.climate.status;

import java.util.List;

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

import no.oslo.styring.contract.ClimateReportV1;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.UnitDirectory;
import no.oslo.styring.platform.security.Caller;
import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/climate-evaluations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measure status")
public class ClimateEvaluationResource {

    @Inject
    ClimateResults results;

    @Inject
    UnitDirectory units;

    @Inject
    Caller caller;

    /** A unit's climate indicators for a period so far. */
    public record ClimateEvaluation(String unit, String periodId, ClimateReportV1.Counts counts,
            List<ClimateReportV1.IndicatorResult> indicators) {
    }

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A unit's climate indicators for a period, evaluated", description = "Each indicator due from the "
            + "unit with its latest value, status and comment, the target and the evaluation (shared grammar). Before the "
            + "close these are the unit's drafts: a reporter sees only its own unit.")
    public ClimateEvaluation evaluate(@Parameter(example = "HEL") @QueryParam("unit") @NotBlank String unit,
            @Parameter(example = "2025-Q1") @QueryParam("period") @NotBlank String period) {
        if (!PeriodId.isValid(period)) {
            throw ProblemException.invalidField("period", "'" + period + "' is not a period id such as 2025-Q1");
        }
        caller.requireMayReadDraftsOf(unit);
        units.require("unit", unit);
        PeriodId id = PeriodId.parse(period);
        List<ClimateReportV1.IndicatorResult> mine = results.of(id, unit).of(unit);
        return new ClimateEvaluation(unit, id.toString(), ClimateResults.count(mine), mine);
    }
}
