package no.oslo.styring.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Every error as a page in the person's language with the right status: a service's 403 is the portal's 403, its 404 the
 * portal's 404, a bad parameter a 400, a service that does not answer a 503. Never a stack trace or a class name.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    @Location("error.html")
    Template error;

    @Inject
    Pages pages;

    @Inject
    Lang lang;

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.warnf("A service answered %d: %s", status, e.getMessage());
            status = 502;
        }
        return page(status, null);
    }

    @ServerExceptionMapper
    public Response unavailable(ProcessingException e) {
        LOG.warnf("A service did not answer: %s", e.getMessage());
        return page(503, null);
    }

    @ServerExceptionMapper
    public Response bad(PageException e) {
        return page(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Page failed", e);
        return page(500, null);
    }

    /** 403 for a form without the person's token (from another site, or from a page older than the token). */
    public Response forbidden(boolean formToken) {
        return page(403, formToken ? lang.msg().formTokenRefused() : null);
    }

    private Response page(int status, String detail) {
        Msg msg = lang.msg();
        String title = switch (status) {
            case 400 -> msg.badRequestTitle();
            case 403 -> msg.forbiddenTitle();
            case 404 -> msg.notFoundTitle();
            case 502, 503 -> msg.unavailableTitle();
            default -> msg.errorTitle();
        };
        return pages.respond(status, error.data("status", status).data("title", title).data("detail", detail));
    }
}
