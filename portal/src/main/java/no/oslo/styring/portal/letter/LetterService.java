package no.oslo.styring.portal.letter;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import no.oslo.styring.portal.api.AssignmentApi;
import no.oslo.styring.portal.api.BudgetApi;
import no.oslo.styring.portal.api.Calls;
import no.oslo.styring.portal.api.ClimateApi;
import no.oslo.styring.portal.api.IndicatorApi;
import no.oslo.styring.portal.api.Units;

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

    @Inject
    Units units;

    @Inject
    Calls calls;

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
        // the other services' parts at once: the page waits for the slowest call, not for the sum of them all
        var goals = calls.async(() -> indicator.goals(year, unit));
        var indicators = calls.async(() -> indicator.indicators(year, unit));
        var measures = calls.async(() -> climate.measures(year, unit));
        var frames = calls.async(() -> budget.frames(year, unit));
        var investments = calls.async(() -> budget.investments(year, unit));
        var distribution = calls.async(() -> budget.distribution(year));
        var earmarked = calls.async(() -> budget.earmarkedFunds(year, unit));
        var assumptions = calls.async(() -> budget.assumptions(year, unit));
        var oppdrag = calls.async(() -> assignment.oppdrag(year, unit));
        var names = calls.async(this::unitNames);
        var sources = new LetterDocument.Sources(letter, Calls.join(goals), Calls.join(indicators), Calls.join(measures),
                Calls.join(frames),
                Calls.join(investments), Calls.join(distribution), Calls.join(earmarked), Calls.join(assumptions),
                Calls.join(oppdrag), Calls.join(names));
        return LetterDocument.of(unit, sources);
    }

    /**
     * What changed between two versions of the unit's letter of the year: its text (the assignment-service's diff) and
     * its budget lines (the frames as they were when each version was recorded).
     */
    public LetterDiffView diff(int year, String unit, int from, int to) {
        JsonNode letters = assignment.letters(year, unit);
        if (letters == null || letters.isEmpty()) {
            return null;
        }
        long id = letters.get(0).path("id").asLong();
        JsonNode diff = assignment.diff(id, from, to);
        String fromAt = assignment.letter(id, from).path("recordedAt").asText();
        String toAt = assignment.letter(id, to).path("recordedAt").asText();
        return LetterDiffView.of(diff, budget.framesAsOf(year, unit, fromAt), budget.framesAsOf(year, unit, toAt));
    }

    /** Unit names by code, for the header's issuers and recipients; codes where the units cannot be read. */
    Map<String, String> unitNames() {
        try {
            return units.names();
        } catch (WebApplicationException e) {
            return Map.of();
        }
    }
}
