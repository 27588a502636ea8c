package no.oslo.styring.portal.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's refusal as a form shows it: its status, its detail and the message per field it names (RFC 9457 problem
 * details with {@code errors}), in the language the portal asked for ({@link LanguageHeader}).
 */
public record ServiceProblem(int status, String detail, Map<String, String> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The problem a service answered with; a 5xx or a 401 is not a form's problem and is thrown on as it was. */
    public static ServiceProblem of(WebApplicationException e) {
        Response response = e.getResponse();
        int status = response == null ? 500 : response.getStatus();
        if (status >= 500 || status == 401 || status == 403 || status == 404) {
            throw e;
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.readEntity(String.class));
        } catch (RuntimeException | java.io.IOException unreadable) {
            body = JSON.createObjectNode();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode error : body.path("errors")) {
            fields.putIfAbsent(error.path("field").asText(), error.path("message").asText());
        }
        return new ServiceProblem(status, body.path("detail").asText(""), fields);
    }

    /** The message for a field, or else the first field's message, or else the detail. */
    public String messageFor(String field) {
        if (fields.containsKey(field)) {
            return fields.get(field);
        }
        return fields.isEmpty() ? detail : fields.values().iterator().next();
    }
}
