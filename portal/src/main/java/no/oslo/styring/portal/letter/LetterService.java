package no.oslo.styring.portal.letter;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import no.oslo.styring.portal.api.AssignmentApi;
import no.oslo.styring.portal.api.BudgetApi;
import no.oslo.styring.portal.api.ClimateApi;
import no.oslo.styring.portal.api.IndicatorApi;

/**
 * Reads a unit's letter of a year from the four services, each with the signed-in person's token, and assembles it. The
 * services decide what the person may read: their 403 is the page's 403.
 */
@ApplicationScoped
public class LetterService {

    @Inject
    @RestClient
    AssignmentApi assignment;

    @Inject
    @RestClient
    BudgetApi budget;

    @Inject
    @RestClient
    IndicatorApi indicator;

    @Inject
    @RestClient
    ClimateApi climate;

    /** The letter the unit got that year, as of a version (null: the current one); null when there is none. */
    public LetterDocument letter(int year, String unit, Integer version) {
        JsonNode letters = assignment.letters(year, unit);
        if (letters == null || letters.isEmpty()) {
            return null;
        }
        JsonNode letter = letters.get(0);
        if (version != null && version != letter.path("version").asInt()) {
            if (version < 1 || version > letter.path("currentVersion").asInt()) {
                throw new WebApplicationException(404);
            }
            letter = assignment.letter(letter.path("id").asLong(), version);
        }
        var sources = new LetterDocument.Sources(letter, indicator.goals(year, unit), indicator.indicators(year, unit),
                climate.measures(year, unit), budget.frames(year, unit), budget.investments(year, unit),
                budget.distribution(year), budget.earmarkedFunds(year, unit), budget.assumptions(year, unit),
                assignment.oppdrag(year, unit), unitNames());
        return LetterDocument.of(unit, sources);
    }

    /** What changed between two versions of the unit's letter of the year. */
    public JsonNode diff(int year, String unit, int from, int to) {
        JsonNode letters = assignment.letters(year, unit);
        if (letters == null || letters.isEmpty()) {
            return null;
        }
        return assignment.diff(letters.get(0).path("id").asLong(), from, to);
    }

    /** Unit names by code, for the header's issuers and recipients. */
    Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        JsonNode units;
        try {
            units = assignment.units(0, 1000);
        } catch (WebApplicationException e) {
            units = JsonNodeFactory.instance.arrayNode();
        }
        units.forEach(u -> names.put(u.path("code").asText(), u.path("name").asText()));
        return names;
    }
}
