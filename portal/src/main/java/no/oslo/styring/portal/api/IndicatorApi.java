package no.oslo.styring.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** The indicator-service's API (the letters' section 4.1), with the signed-in person's access token. */
@RegisterRestClient(configKey = "indicator")
@AccessToken
@Path("/api/v1")
public interface IndicatorApi {

    @GET
    @Path("/goals")
    JsonNode goals(@QueryParam("year") int year, @QueryParam("unit") String unit);

    @GET
    @Path("/indicators")
    JsonNode indicators(@QueryParam("year") int year, @QueryParam("unit") String unit);

    /** A unit's saved submissions for a period (drafts until the close); another unit's: 403. */
    @GET
    @Path("/measurements")
    JsonNode measurements(@QueryParam("unit") String unit, @QueryParam("period") String period);

    /** A unit's saved submissions for a period (drafts until the close); another unit's: 403. */
    @GET
    @Path("/tiltak-statuses")
    JsonNode tiltakStatuses(@QueryParam("unit") String unit, @QueryParam("period") String period);
}
