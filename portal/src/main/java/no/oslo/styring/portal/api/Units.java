package no.oslo.styring.portal.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

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

    /** Every unit: code, name, kind (DEPARTMENT, AGENCY, DISTRICT) and parents (the departments it answers to). */
    public List<JsonNode> all() {
        List<JsonNode> all = new ArrayList<>();
        assignment.units(0, 1000).forEach(all::add);
        return all;
    }
}
