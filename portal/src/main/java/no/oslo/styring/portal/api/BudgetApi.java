package no.oslo.styring.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** The budget-service's API (the letters' section 4.3 tables), with the signed-in person's access token. */
@RegisterRestClient(configKey = "budget")
@AccessToken
@Path("/api/v1")
public interface BudgetApi {

    @GET
    @Path("/budget-frames")
    JsonNode frames(@QueryParam("year") int year, @QueryParam("unit") String unit);

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
}
