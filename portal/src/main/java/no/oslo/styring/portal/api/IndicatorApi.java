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

/** The indicator-service's API (the letters' section 4.1), with the signed-in person's access token. */
@RegisterRestClient(configKey = "indicator")
@AccessToken
@RegisterClientHeaders(LanguageHeader.class)
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

    @POST
    @Path("/measurements")
    @Consumes("application/json")
    JsonNode submitMeasurement(JsonNode measurement);

    @POST
    @Path("/tiltak-statuses")
    @Consumes("application/json")
    JsonNode submitTiltakStatus(JsonNode status);

    /** Department staff: many measurements as CSV, all or nothing. */
    @POST
    @Path("/measurements/bulk")
    @Consumes("text/csv; charset=UTF-8")
    JsonNode upload(String csv);

    /** An indicator's values over the years: the letters' history and what units reported, per unit and period. */
    @GET
    @Path("/indicators/{code}/series")
    JsonNode series(@PathParam("code") String code, @QueryParam("unit") String unit);

    /** What each unit's report would say if the period closed now (a reporter: its own unit only). */
    @GET
    @Path("/period-reports/{periodId}/preview")
    JsonNode preview(@PathParam("periodId") String periodId, @QueryParam("unit") String unit);

    /** The published reports of a closed period, every revision (a reporter: its own unit only). */
    @GET
    @Path("/period-reports/{periodId}")
    JsonNode reports(@PathParam("periodId") String periodId, @QueryParam("unit") String unit);
}
