package no.oslo.styring.portal.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/** Every field of a posted form whose field names are not known in advance (one per indicator, say). */
public final class Forms {

    private Forms() {
    }

    public static MultivaluedMap<String, String> fields(ServerRequestContext context) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        FormData form = ((ResteasyReactiveRequestContext) context).getFormData();
        if (form == null) {
            return fields;
        }
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem()) {
                    fields.add(name, value.getValue());
                }
            }
        }
        return fields;
    }
}
