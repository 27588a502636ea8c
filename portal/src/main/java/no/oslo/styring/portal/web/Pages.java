package no.oslo.styring.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** Every page in the person's language, with the data every page's layout needs. */
@ApplicationScoped
public class Pages {

    @Inject
    Lang lang;

    @Inject
    Viewer viewer;

    @Inject
    Csrf csrf;

    public TemplateInstance of(TemplateInstance page) {
        return page.data("lang", lang.code()).data("viewer", viewer).data("csrf", csrf).setLocale(lang.locale());
    }

    /** A page as an answer with a status of its own (a refused form is 422, a refusal 403, …). */
    public Response respond(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(of(page).render())
                .build();
    }
}
