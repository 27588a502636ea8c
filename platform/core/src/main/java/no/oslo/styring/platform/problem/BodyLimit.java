package no.oslo.styring.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} is refused before it is read, as a 413 problem document
 * rather than the HTTP server's empty answer. (A chunked body without Content-Length still meets the server's own limit.)
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long max = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE + 100).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && tooLong(length, max)) {
                JsonObject problem = new JsonObject()
                        .put("type", Problem.type("body-too-large").toString())
                        .put("title", "Request body too large")
                        .put("status", 413)
                        .put("detail", "The request body has " + length + " bytes; at most " + max + " are accepted")
                        .put("instance", rc.request().path());
                rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                        .end(problem.encode());
                return;
            }
            rc.next();
        });
    }

    private static boolean tooLong(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
