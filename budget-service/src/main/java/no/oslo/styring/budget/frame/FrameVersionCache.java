package no.oslo.styring.budget.frame;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.CacheResult;

import no.oslo.styring.budget.frame.FrameViews.FrameView;
import no.oslo.styring.platform.problem.ProblemException;

/**
 * Versions are never changed once recorded, so the view of a (frame, version) is computed once and kept: a GET of a frame
 * then reads one row (its current version) from the database. The cache is bounded in application.properties.
 */
@ApplicationScoped
public class FrameVersionCache {

    @Inject
    FrameRepository frames;

    @Inject
    ObjectMapper json;

    /** The view of a version as the API writes it (JSON), serialized once. */
    @CacheResult(cacheName = "budget-frame-json")
    public byte[] json(long frameId, int version) {
        try {
            return json.writeValueAsBytes(view(frameId, version));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frame " + frameId + " version " + version + " cannot be written", e);
        }
    }

    @CacheResult(cacheName = "budget-frame-versions")
    public FrameView view(long frameId, int version) {
        BudgetFrame frame = frames.findById(frameId);
        BudgetFrameVersion v = frames.version(frameId, version);
        if (frame == null || v == null) {
            throw ProblemException.notFound("Budget frame version", frameId + "/" + version);
        }
        return FrameView.of(frame, v);
    }
}
