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

/** The climate-service's API (the letters' section 4.2, klimabudsjett), with the signed-in person's access token. */
@RegisterRestClient(configKey = "climate")
@AccessToken
@RegisterClientHeaders(LanguageHeader.class)
@Path("/api/v1")
public interface ClimateApi {

    @GET
    @Path("/climate-measures")
    JsonNode measures(@QueryParam("year") int year, @QueryParam("unit") String unit);

    /** A unit's saved submissions for a period (drafts until the close); another unit's: 403. */
    @GET
    @Path("/measure-status")
    JsonNode measureStatus(@QueryParam("unit") String unit, @QueryParam("period") String period);

    @POST
    @Path("/measure-status")
    @Consumes("application/json")
    JsonNode submitMeasureStatus(JsonNode status);

    /** What each unit's report would say if the period closed now (a reporter: its own unit only). */
    @GET
    @Path("/period-reports/{periodId}/preview")
    JsonNode preview(@PathParam("periodId") String periodId, @QueryParam("unit") String unit);

    /** The published reports of a closed period, every revision (a reporter: its own unit only). */
    @GET
    @Path("/period-reports/{periodId}")
    JsonNode reports(@PathParam("periodId") String periodId, @QueryParam("unit") String unit);
}
