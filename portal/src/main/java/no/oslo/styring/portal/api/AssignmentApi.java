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

/** The assignment-service's API (letters, oppdrag, periods, units), with the signed-in person's access token. */
@RegisterRestClient(configKey = "assignment")
@AccessToken
@RegisterClientHeaders(LanguageHeader.class)
@Path("/api/v1")
public interface AssignmentApi {

    @GET
    @Path("/letters")
    JsonNode letters(@QueryParam("year") Integer year, @QueryParam("unit") String unit);

    @GET
    @Path("/letters/{id}")
    JsonNode letter(@PathParam("id") long id, @QueryParam("version") Integer version);

    @GET
    @Path("/letters/{id}/versions")
    JsonNode versions(@PathParam("id") long id);

    @GET
    @Path("/letters/{id}/diff")
    JsonNode diff(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to);

    @GET
    @Path("/oppdrag")
    JsonNode oppdrag(@QueryParam("year") Integer year, @QueryParam("unit") String unit);

    @GET
    @Path("/units")
    JsonNode units(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/periods")
    JsonNode periods(@QueryParam("year") Integer year);

    @GET
    @Path("/periods/{periodId}")
    JsonNode period(@PathParam("periodId") String periodId);

    @POST
    @Path("/oppdrag/{id}/deliveries")
    @Consumes("application/json")
    JsonNode deliver(@PathParam("id") long id, JsonNode delivery);

    @POST
    @Path("/periods/{periodId}/close")
    JsonNode close(@PathParam("periodId") String periodId);

    @POST
    @Path("/periods/{periodId}/reopenings")
    @Consumes("application/json")
    JsonNode reopen(@PathParam("periodId") String periodId, JsonNode reopening);

    @GET
    @Path("/periods/{periodId}/reopenings")
    JsonNode reopenings(@PathParam("periodId") String periodId);

    @GET
    @Path("/reporting-duties/status")
    JsonNode dutyStatus(@QueryParam("unit") String unit, @QueryParam("period") String period);

    @POST
    @Path("/reporting-duties/{id}/fulfilments")
    @Consumes("application/json")
    JsonNode fulfilDuty(@PathParam("id") long id, JsonNode fulfilment);

    @GET
    @Path("/duty-reports/{periodId}")
    JsonNode dutyReports(@PathParam("periodId") String periodId, @QueryParam("unit") String unit);

    @GET
    @Path("/duty-reports/{periodId}/preview")
    JsonNode dutyPreview(@PathParam("periodId") String periodId, @QueryParam("unit") String unit);
}
