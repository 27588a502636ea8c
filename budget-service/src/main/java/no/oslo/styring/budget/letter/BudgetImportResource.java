package no.oslo.styring.budget.letter;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.budget.letter.BudgetViews.AssumptionView;
import no.oslo.styring.budget.letter.BudgetViews.DistributionView;
import no.oslo.styring.budget.letter.BudgetViews.EarmarkedFundView;
import no.oslo.styring.budget.letter.BudgetViews.InvestmentView;
import no.oslo.styring.platform.security.Caller;
import no.oslo.styring.platform.security.Roles;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tallbudsjett", description = "A letter's budget tables: frames, investments, the bydel distribution")
public class BudgetImportResource {

    @Inject
    BudgetImportService service;

    @Inject
    Caller caller;

    @POST
    @Path("/budget-imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Import a letter's budget tables", description = "Format styring.budget-import.v1 (documented in "
            + "budget-service/src/main/resources/fixtures/README.md). Every stated total is checked against its rows; an "
            + "import that does not add up is refused as a whole (422, naming table, row and year) and nothing is stored.")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "422", description = "A stated total disagrees with its rows, or a unit is unknown")
    public Response importLetter(@NotNull BudgetImport in) {
        BudgetImportService.Receipt receipt = service.importLetter(in, caller.name());
        return Response.created(URI.create("/api/v1/budget-imports/" + receipt.id())).entity(receipt).build();
    }

    @GET
    @Path("/budget-imports/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.READER})
    @Operation(summary = "What an import stored")
    public BudgetImportService.Receipt get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("/investments")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Investment frames of a letter year", description = "Per project, art and year, with derived totals")
    public List<InvestmentView> investments(
            @Parameter(example = "2025") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "HEL") @QueryParam("unit") String unit) {
        return service.investments(year, unit);
    }

    @GET
    @Path("/district-distribution")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "The bydel distribution of a letter year", description = "Driftsramme and økonomisk sosialhjelp per "
            + "bydel, with derived sums")
    public List<DistributionView> distribution(
            @Parameter(example = "2024") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year) {
        return service.distributions(year);
    }

    @GET
    @Path("/earmarked-funds")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Earmarked funds (øremerkede midler) of a letter year", description = "For a unit: those for it "
            + "and those for all units (recipient ALL)")
    public List<EarmarkedFundView> earmarkedFunds(
            @Parameter(example = "2025") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "HEL") @QueryParam("unit") String unit) {
        return service.earmarkedFunds(year, unit);
    }

    @GET
    @Path("/budget-assumptions")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Budget assumptions (budsjettforutsetninger) of a letter year, as text")
    public List<AssumptionView> assumptions(
            @Parameter(example = "2025") @QueryParam("year") @NotNull @Min(2000) @Max(9999) Integer year,
            @Parameter(example = "HEL") @QueryParam("unit") String unit) {
        return service.assumptions(year, unit);
    }
}
