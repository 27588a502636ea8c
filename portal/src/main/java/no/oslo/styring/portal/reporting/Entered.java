package no.oslo.styring.portal.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What the person posted and what was refused, so that the page shows their own text again with the message at each
 * refused field, and loses nothing else. Field names are the inputs' names ({@code value.<indicator>}).
 */
public final class Entered {

    final Map<String, String> values = new HashMap<>();
    final Map<String, String> errors = new HashMap<>();
    final List<String> pageErrors = new ArrayList<>();
    String notice;
    ReportingPage.UploadResult upload;

    static Entered none() {
        return new Entered();
    }

    static Entered of(MultivaluedMap<String, String> form) {
        Entered entered = new Entered();
        form.forEach((name, values) -> {
            if (!values.isEmpty() && values.get(0) != null) {
                entered.values.put(name, values.get(0));
            }
        });
        return entered;
    }

    /** The posted text of a field, or null when the field was not posted. */
    String text(String name) {
        return values.get(name);
    }

    void refuse(String name, String message) {
        errors.put(name, message);
    }

    boolean refused() {
        return !errors.isEmpty() || !pageErrors.isEmpty();
    }
}
