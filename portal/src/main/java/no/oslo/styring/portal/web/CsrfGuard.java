package no.oslo.styring.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses every POST (and PUT, PATCH, DELETE) to the portal's pages whose form does not carry the person's {@link Csrf}
 * token: 403, and nothing is done. The form is read before the check, so the token may be in a URL-encoded or a
 * multipart form.
 */
public class CsrfGuard {

    @Inject
    ErrorPages errors;

    @WithFormRead
    @ServerRequestFilter
    public Response check(ResteasyReactiveContainerRequestContext context, RoutingContext routing) {
        String method = context.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return null;
        }
        Cookie cookie = routing.request().getCookie(Csrf.COOKIE);
        Object posted = ((ResteasyReactiveRequestContext) context.getServerRequestContext())
                .getFormParameter(Csrf.FIELD, true, false);
        if (Csrf.matches(cookie == null ? null : cookie.getValue(), posted == null ? null : posted.toString())) {
            return null;
        }
        return errors.forbidden(true);
    }
}
