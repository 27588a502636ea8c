package no.oslo.styring.budget.frame;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.cache.CaffeineCache;

import no.oslo.styring.budget.frame.FrameViews.FrameView;
import no.oslo.styring.platform.problem.ProblemException;

/**
 * Versions are never changed once recorded, so the view of a (frame, version) is computed once and kept: a GET of a frame
 * then reads one row (its current version) from the database. The caches are bounded in application.properties.
 */
@ApplicationScoped
public class FrameVersionCache {

    /** A recorded version of a frame. */
    record Key(long frameId, int version) {
    }

    @Inject
    FrameRepository frames;

    @Inject
    ObjectMapper json;

    /** The view of each version as the API writes it (JSON), serialized once. */
    @CacheName("budget-frame-json")
    Cache jsonCache;

    /**
     * The JSON of a version if it has been written before, else null: a plain look-up that never blocks, so the frame GET
     * can answer on the event loop.
     */
    public byte[] cachedJson(long frameId, int version) {
        CompletableFuture<byte[]> cached = jsonCache.as(CaffeineCache.class).getIfPresent(new Key(frameId, version));
        return cached == null ? null : cached.getNow(null);
    }

    /** The JSON of a version, written (and kept) on the first call; blocks on the database then. */
    @ActivateRequestContext
    public byte[] json(long frameId, int version) {
        return jsonCache.<Key, byte[]>get(new Key(frameId, version), key -> write(view(frameId, version))).await()
                .indefinitely();
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

    private byte[] write(FrameView view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frame " + view.id() + " version " + view.version() + " cannot be written", e);
        }
    }
}
