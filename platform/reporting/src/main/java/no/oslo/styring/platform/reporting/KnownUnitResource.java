package no.oslo.styring.platform.reporting;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import no.oslo.styring.platform.security.Roles;

/** The units this service has learnt from {@code styring.units} (read-only; the assignment-service owns units). */
@Path("/api/v1/units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Units as this service knows them (owned by the assignment-service)")
public class KnownUnitResource {

    @Inject
    UnitDirectory units;

    /** A unit as known here. */
    public record KnownUnitView(String code, String name, String kind, List<String> parents) {
    }

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.REPORTER, Roles.READER})
    @Operation(summary = "Units that report here", description = "Agencies and districts this service has learnt, by code; "
            + "each gets a report when a period closes")
    public List<KnownUnitView> reportingUnits() {
        return units.reportingUnits().stream().map(u -> new KnownUnitView(u.code(), u.name(), u.kind(), u.parents())).toList();
    }
}
