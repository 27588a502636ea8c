package no.oslo.styring.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;

/**
 * Sign-out is a POST (the header's form), never a GET: with the session cookie's SameSite=Lax another site can send a
 * person's browser to a GET address with the cookie, but cannot POST with it, so no other site can sign a person out
 * (cross-site request forgery). A GET of the sign-out path is answered 405 before sign-out happens.
 */
@ApplicationScoped
public class SignOutGuard {

    static final String PATH = "/logg-ut";

    /** Before the security handlers (which sign out on the logout path), hence the highest priority. */
    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (PATH.equals(context.request().path()) && context.request().method() != HttpMethod.POST) {
                context.response().setStatusCode(405).putHeader("Allow", "POST").end();
                return;
            }
            context.next();
        }, Integer.MAX_VALUE);
    }
}
