package no.oslo.styring.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;

/**
 * A running service's own OpenAPI document, read for the tests generated from it (the fuzzing, the role matrix): its
 * operations, and for a schema a value that fits it, naming a given unit wherever a unit goes.
 */
final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> UNIT_NAMES = Set.of("unit", "unitcode", "units", "recipients", "reporters");

    /** One operation: its method, path template and its part of the document. */
    record Operation(String method, String path, JsonNode spec) {
        String key() {
            return method + " " + path;
        }
    }

    private final JsonNode document;
    private final String unit;

    private OpenApiDocument(JsonNode document, String unit) {
        this.document = document;
        this.unit = unit;
    }

    /** The base address of the service under test (Quarkus sets RestAssured's). */
    static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The document the service serves at /q/openapi; values name {@code unit} wherever a unit goes. */
    static OpenApiDocument read(HttpClient http, String unit) throws IOException, InterruptedException {
        return new OpenApiDocument(JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base()
                + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString()).body()), unit);
    }

    /** Every operation, in the document's order. */
    List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey().toUpperCase())) {
                    out.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
        }
        return out;
    }

    /** An operation is open when its security lists an empty requirement (open data, calendar feeds). */
    boolean isOpen(Operation op) {
        JsonNode security = op.spec().has("security") ? op.spec().get("security") : document.path("security");
        for (JsonNode requirement : security) {
            if (requirement.isObject() && requirement.isEmpty()) {
                return true;
            }
        }
        return security.isArray() && security.isEmpty();
    }

    /**
     * A value that fits the schema: the unit where the name says a unit goes, else its example, else the first enum
     * value, else a plain value of its type (objects with all their fields that are not read-only).
     */
    JsonNode value(JsonNode schema, String name) {
        return value(schema, name, 0);
    }

    private JsonNode value(JsonNode schema, String name, int depth) {
        schema = resolved(schema);
        String lower = name.toLowerCase();
        String type = typeOf(schema);
        boolean isUnit = UNIT_NAMES.contains(lower) || lower.equals("code") && depth == 0;
        if (isUnit && type.equals("string")) {
            return NODES.textNode(unit);
        }
        if (isUnit && type.equals("array")) {
            return NODES.arrayNode().add(unit);
        }
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && schema.get("examples").size() > 0) {
            JsonNode example = schema.get("examples").get(0);
            if (!example.isTextual() || !type.equals("array")) {
                return example;
            }
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && schema.get(combinator).size() > 0) {
                return value(schema.get(combinator).get(0), name, depth + 1);
            }
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext();) {
                    Map.Entry<String, JsonNode> property = p.next();
                    if (!resolved(property.getValue()).path("readOnly").asBoolean(false)) {
                        object.set(property.getKey(), value(property.getValue(), property.getKey(), depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                return NODES.arrayNode().add(value(schema.path("items"), name, depth + 1));
            }
            case "integer" -> {
                return NODES.numberNode(lower.contains("year") ? 2025 : 1);
            }
            case "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(switch (schema.path("format").asText("")) {
                    case "date" -> "2025-03-31";
                    case "date-time" -> "2025-03-31T10:00:00Z";
                    default -> lower.contains("period") ? "2025-Q1" : "Tekst";
                });
            }
        }
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private JsonNode resolved(JsonNode schema) {
        for (int hops = 0; schema.has("$ref") && hops < 10; hops++) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }
}
