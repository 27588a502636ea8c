package no.oslo.styring.portal.api;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Unit names by code (the assignment-service's units), for the pages that show recipients and issuers by name. */
@ApplicationScoped
public class Units {

    @Inject
    @RestClient
    AssignmentApi assignment;

    public Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        assignment.units(0, 1000).forEach(u -> names.put(u.path("code").asText(), u.path("name").asText()));
        return names;
    }
}
