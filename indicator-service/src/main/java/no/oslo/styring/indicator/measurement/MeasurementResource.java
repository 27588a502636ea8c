package no.oslo.styring.indicator.measurement;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

import no.oslo.styring.platform.security.Roles;

@Path("/api/v1/measurements")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measurements", description = "Values of result indicators per unit and period")
public class MeasurementResource {

    @Inject
    MeasurementService service;

    @Inject
    BulkUploadService bulk;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER})
    @Operation(summary = "Submit a measurement", description = "For an open period; a reporter for its own unit only. The indicator must be one of the "
            + "period year's letters sent to the unit, reported in the period's type; the value must fit its measure. "
            + "After the period closed: 409 period-closed, and nothing is stored.")
    public Response submit(@Valid @NotNull MeasurementRequest request) {
        MeasurementView created = service.submit(request);
        return Response.created(URI.create("/api/v1/measurements/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/bulk")
    @Consumes("text/csv")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Upload many measurements as CSV", description = "Department staff. Header "
            + "unit,periodId,indicator,value,comment (comma or semicolon separated; decimal point or comma). Every row obeys "
            + "the rules of a single submission; one bad row refuses the whole upload (422, naming rows[line].field for the "
            + "first 100 problems) and nothing is stored.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "422", description = "A row is wrong; nothing was stored")
    public Response bulkCsv(InputStream body) {
        return created(bulk.upload(BulkUploadService.Format.CSV, body));
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Upload many measurements as JSON", description = "Department staff. A JSON array of {unit, "
            + "periodId, indicator, value, comment}; rows are numbered from 1 in problems. All or nothing, as for CSV.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "422", description = "A row is wrong; nothing was stored")
    public Response bulkJson(InputStream body) {
        return created(bulk.upload(BulkUploadService.Format.JSON, body));
    }

    @GET
    @Path("/uploads/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.READER})
    @Operation(summary = "What a bulk upload stored")
    public BulkUploadService.Receipt upload(@PathParam("id") long id) {
        return bulk.get(id);
    }

    private static Response created(BulkUploadService.Receipt receipt) {
        return Response.created(URI.create("/api/v1/measurements/uploads/" + receipt.id())).entity(receipt).build();
    }

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "A unit's measurements for a period")
    public List<MeasurementView> list(@Parameter(example = "HEL") @QueryParam("unit") @NotBlank String unit,
            @Parameter(example = "2025-Q1") @QueryParam("period") @NotBlank String period) {
        return service.list(unit, period);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Get a measurement")
    public MeasurementView get(@PathParam("id") long id) {
        return service.get(id);
    }
}
