package no.oslo.styring.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import no.oslo.styring.portal.web.Lang;

/** Asks the services for their problem messages in the page's language: bokmål unless the person chose English. */
@ApplicationScoped
public class LanguageHeader implements ClientHeadersFactory {

    @Inject
    Lang lang;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Accept-Language", "en".equals(lang.code()) ? "en" : "nb, en;q=0.5");
        return headers;
    }
}
