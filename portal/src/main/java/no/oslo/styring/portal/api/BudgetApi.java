package no.oslo.styring.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** The budget-service's API (the letters' section 4.3 tables), with the signed-in person's access token. */
@RegisterRestClient(configKey = "budget")
@AccessToken
@RegisterClientHeaders(LanguageHeader.class)
@Path("/api/v1")
public interface BudgetApi {

    @GET
    @Path("/budget-frames")
    JsonNode frames(@QueryParam("year") int year, @QueryParam("unit") String unit);

    /** The frames as they were at a moment (a date-time), e.g. when a version of the letter was recorded. */
    @GET
    @Path("/budget-frames")
    JsonNode framesAsOf(@QueryParam("year") int year, @QueryParam("unit") String unit, @QueryParam("asOf") String asOf);

    @GET
    @Path("/investments")
    JsonNode investments(@QueryParam("year") int year, @QueryParam("unit") String unit);

    @GET
    @Path("/district-distribution")
    JsonNode distribution(@QueryParam("year") int year);

    @GET
    @Path("/earmarked-funds")
    JsonNode earmarkedFunds(@QueryParam("year") int year, @QueryParam("unit") String unit);

    @GET
    @Path("/budget-assumptions")
    JsonNode assumptions(@QueryParam("year") int year, @QueryParam("unit") String unit);

    /** A unit's saved submissions for a period (drafts until the close); another unit's: 403. */
    @GET
    @Path("/budget-status")
    JsonNode budgetStatus(@QueryParam("unit") String unit, @QueryParam("period") String period);

    @POST
    @Path("/budget-status")
    @Consumes("application/json")
    JsonNode submitBudgetStatus(JsonNode status);

    /** What each unit's report would say if the period closed now (a reporter: its own unit only). */
    @GET
    @Path("/period-reports/{periodId}/preview")
    JsonNode preview(@PathParam("periodId") String periodId, @QueryParam("unit") String unit);

    /** The published reports of a closed period, every revision (a reporter: its own unit only). */
    @GET
    @Path("/period-reports/{periodId}")
    JsonNode reports(@PathParam("periodId") String periodId, @QueryParam("unit") String unit);
}
