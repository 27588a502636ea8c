package no.oslo.styring.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
}
