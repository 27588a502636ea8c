package no.oslo.styring.platform.problem;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * A problem document answered by a Vert.x route before JAX-RS sees the request (BodyLimit, ParameterGuard), in the same
 * shape as {@link ProblemMappers}' answers.
 */
final class RouteProblems {

    private RouteProblems() {
    }

    /** The problem's members: type, title, status, detail and instance (the request's path). */
    static JsonObject problem(RoutingContext rc, int status, String type, String title, String detail) {
        return new JsonObject()
                .put("type", Problem.type(type).toString())
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", rc.request().path());
    }

    /** Answers the problem with its status, as {@code application/problem+json}, and ends the request. */
    static void send(RoutingContext rc, JsonObject problem) {
        rc.response().setStatusCode(problem.getInteger("status")).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem.encode());
    }
}
