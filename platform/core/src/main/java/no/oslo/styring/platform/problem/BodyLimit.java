package no.oslo.styring.platform.problem;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * A body larger than the limit is refused before it is read, as a 413 problem document rather than the HTTP server's empty
 * answer. The limit is {@code styring.http.max-body-size}, else {@code quarkus.http.limits.max-body-size}; paths under
 * {@code styring.http.large-body-paths} (bulk uploads) may send up to {@code quarkus.http.limits.max-body-size}, which is
 * then the larger of the two. (A chunked body without Content-Length still meets the server's own limit.)
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize serverLimit;

    @ConfigProperty(name = "styring.http.max-body-size")
    Optional<MemorySize> maxBodySize;

    @ConfigProperty(name = "styring.http.large-body-paths")
    Optional<List<String>> largeBodyPaths;

    void install(@Observes Router router) {
        long large = serverLimit.asLongValue();
        long normal = maxBodySize.map(MemorySize::asLongValue).orElse(large);
        List<String> largePaths = largeBodyPaths.orElse(List.of());
        router.route().order(Integer.MIN_VALUE + 100).handler(rc -> {
            String path = rc.request().path();
            long max = largePaths.stream().anyMatch(path::startsWith) ? large : normal;
            String length = rc.request().getHeader("Content-Length");
            if (length != null && tooLong(length, max)) {
                rc.response().putHeader("Connection", "close");
                RouteProblems.send(rc, RouteProblems.problem(rc, 413, "body-too-large", "Request body too large",
                        "The request body has " + length + " bytes; at most " + max + " are accepted"));
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
