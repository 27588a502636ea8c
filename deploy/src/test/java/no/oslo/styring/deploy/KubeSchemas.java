package no.oslo.styring.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * Offline validation of rendered objects, with no cluster:
 * <ul>
 * <li>Kubernetes' own kinds: the Kubernetes OpenAPI (Swagger 2) document shipped in fabric8's kubernetes-model-validator
 * jar, checked with the Atlassian OpenAPI schema validator it brings: wrong types, missing required fields and
 * unknown fields are errors. The document also has the Prometheus Operator's ServiceMonitor.</li>
 * <li>Strimzi's Kafka, KafkaNodePool and KafkaTopic: Strimzi's own Java API model (io.strimzi:api), read strictly: an
 * unknown field anywhere, or a value of the wrong type, is an error; plus the fields Strimzi requires.</li>
 * <li>CloudNativePG Cluster and Keycloak KeycloakRealmImport: the hand-written JSON Schemas in crd-schemas/.</li>
 * </ul>
 * A kind none of them knows is an error, so that nothing rendered goes unchecked.
 */
final class KubeSchemas {

    private static final KubernetesOpenApi KUBERNETES = new KubernetesOpenApi();

    private static final Map<String, Class<?>> STRIMZI = Map.of(
            "Kafka", Kafka.class,
            "KafkaNodePool", KafkaNodePool.class,
            "KafkaTopic", KafkaTopic.class);
    private static final Set<String> STRIMZI_API_VERSIONS = Set.of("kafka.strimzi.io/v1", "kafka.strimzi.io/v1beta2");

    /** Reads Strimzi's model strictly: no scalar coercion ("3" is not 3), no unknown enum values. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .build();

    private static final Map<String, JsonSchema> CRD_SCHEMAS = new ConcurrentHashMap<>();

    private KubeSchemas() {
    }

    /** The errors of one object, each prefixed with kind/name; empty when it is valid. */
    static List<String> validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String id = kind + "/" + object.path("metadata").path("name").asText() + ": ";
        List<String> errors;
        if (apiVersion.startsWith("kafka.strimzi.io/")) {
            errors = strimzi(object, apiVersion, kind);
        } else if (crdSchemaFile(apiVersion, kind) != null) {
            errors = crdSchema(object, apiVersion, kind);
        } else {
            errors = kubernetes(object);
        }
        return errors.stream().map(e -> id + e).toList();
    }

    /** Which validator checks a kind (for the report and the tests). */
    static String validatorOf(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        if (apiVersion.startsWith("kafka.strimzi.io/")) {
            return "Strimzi API model";
        }
        if (crdSchemaFile(apiVersion, object.path("kind").asText()) != null) {
            return "crd-schemas JSON Schema";
        }
        return "Kubernetes OpenAPI";
    }

    private static List<String> kubernetes(JsonNode object) {
        return KUBERNETES.validate(object);
    }

    private static List<String> strimzi(JsonNode object, String apiVersion, String kind) {
        List<String> errors = new ArrayList<>();
        if (!STRIMZI_API_VERSIONS.contains(apiVersion)) {
            errors.add("not a Strimzi API version: " + apiVersion);
        }
        Class<?> type = STRIMZI.get(kind);
        if (type == null) {
            errors.add("no Strimzi model for kind " + kind);
            return errors;
        }
        try {
            Object model = STRICT.treeToValue(object, type);
            unknownProperties(model, "", errors, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .reduce("", (a, b) -> a + "/" + b);
            errors.add(path + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            errors.add(e.getMessage());
        }
        // What Strimzi requires (its CRDs' required fields and the operators' selection by label)
        JsonNode spec = object.path("spec");
        switch (kind) {
            case "KafkaTopic" -> {
                requireCluster(object, errors);
                require(spec, "partitions", JsonNode::isInt, errors);
                require(spec, "replicas", JsonNode::isInt, errors);
            }
            case "KafkaNodePool" -> {
                requireCluster(object, errors);
                require(spec, "replicas", JsonNode::isInt, errors);
                require(spec, "roles", n -> n.isArray() && n.size() > 0, errors);
                require(spec, "storage", JsonNode::isObject, errors);
            }
            case "Kafka" -> {
                require(spec.path("kafka"), "listeners", n -> n.isArray() && n.size() > 0, errors);
            }
            default -> {
            }
        }
        return errors;
    }

    private static void requireCluster(JsonNode object, List<String> errors) {
        if (object.path("metadata").path("labels").path("strimzi.io/cluster").asText().isEmpty()) {
            errors.add("label strimzi.io/cluster is required");
        }
    }

    private static void require(JsonNode parent, String field, java.util.function.Predicate<JsonNode> valid,
            List<String> errors) {
        if (!valid.test(parent.path(field))) {
            errors.add("spec field " + field + " is required (was " + parent.path(field) + ")");
        }
    }

    /**
     * Strimzi's (and fabric8's) model keeps what it does not know in getAdditionalProperties() instead of failing:
     * walk the model and report every such property with its path.
     */
    private static void unknownProperties(Object value, String path, List<String> errors, Set<Object> seen,
            int depth) {
        if (value == null || depth > 40 || !seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownProperties(v, path + "/" + k, errors, seen, depth + 1));
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownProperties(item, path + "/" + i++, errors, seen, depth + 1);
            }
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.strimzi.") && !pkg.startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = getter.getName();
            Object result;
            try {
                if (name.equals("getAdditionalProperties")) {
                    if (getter.invoke(value) instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        errors.add("unknown field(s) at " + (path.isEmpty() ? "/" : path) + ": " + extra.keySet());
                    }
                    continue;
                }
                if (!name.startsWith("get") || name.length() < 4) {
                    continue;
                }
                result = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                continue;
            }
            String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
            unknownProperties(result, path + "/" + property, errors, seen, depth + 1);
        }
    }

    private static String crdSchemaFile(String apiVersion, String kind) {
        String file = "/crd-schemas/" + apiVersion.replace('/', '_') + "_" + kind + ".json";
        return KubeSchemas.class.getResource(file) != null ? file : null;
    }

    private static List<String> crdSchema(JsonNode object, String apiVersion, String kind) {
        JsonSchema schema = CRD_SCHEMAS.computeIfAbsent(crdSchemaFile(apiVersion, kind), file -> {
            try (InputStream in = KubeSchemas.class.getResourceAsStream(file)) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return schema.validate(object).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /**
     * The Kubernetes OpenAPI document of kubernetes-model-validator, with two corrections: an IntOrString (maxSurge,
     * targetPort …) and a Quantity (cpu: 1) may be a number as well as a string, as the API server accepts. The
     * component of a kind is looked up by its API group, including the *.k8s.io groups (networking.k8s.io/v1 Ingress is
     * io.k8s.api.networking.v1.Ingress).
     */
    static final class KubernetesOpenApi {

        private static final String DOCUMENT = "/openshift-generated.json";
        private final OpenAPI api;
        private final SchemaValidator validator;
        private final Map<String, Schema<?>> components = new java.util.HashMap<>();

        KubernetesOpenApi() {
            try (InputStream in = SchemaValidator.class.getResourceAsStream(DOCUMENT)) {
                if (in == null) {
                    throw new IllegalStateException(DOCUMENT + " not on the classpath (kubernetes-model-validator)");
                }
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                OpenAPI parsed = null;
                for (var extension : OpenAPIV3Parser.getExtensions()) {
                    var result = extension.readContents(text, null, new ParseOptions());
                    if (result != null && result.getOpenAPI() != null) {
                        parsed = result.getOpenAPI();
                        break;
                    }
                }
                if (parsed == null) {
                    throw new IllegalStateException("cannot parse " + DOCUMENT);
                }
                api = parsed;
                var schemas = api.getComponents().getSchemas();
                schemas.put("io.k8s.apimachinery.pkg.util.intstr.IntOrString",
                        new ComposedSchema().oneOf(List.of(new IntegerSchema(), new StringSchema())));
                schemas.put("io.k8s.apimachinery.pkg.api.resource.Quantity",
                        new ComposedSchema().oneOf(List.of(new NumberSchema(), new StringSchema())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            api.getComponents().getSchemas().forEach((name, schema) -> components.put(name.toLowerCase(Locale.ROOT),
                    schema));
            validator = new SchemaValidator(api, new MessageResolver());
        }

        List<String> validate(JsonNode object) {
            String apiVersion = object.path("apiVersion").asText();
            String kind = object.path("kind").asText();
            Schema<?> schema = components.get(component(apiVersion, kind).toLowerCase(Locale.ROOT));
            if (schema == null) {
                return List.of("no Kubernetes schema for " + apiVersion + " " + kind);
            }
            var report = validator.validate(() -> object, schema, "root");
            return report.getMessages().stream().map(m -> m.getLevel() + " " + m.getMessage()).toList();
        }

        /** v1 → io.k8s.api.core.v1; apps/v1 → io.k8s.api.apps.v1; monitoring.coreos.com/v1 → com.coreos.monitoring.v1 */
        static String component(String apiVersion, String kind) {
            int slash = apiVersion.indexOf('/');
            if (slash < 0) {
                return "io.k8s.api.core." + apiVersion + "." + kind;
            }
            String group = apiVersion.substring(0, slash);
            String version = apiVersion.substring(slash + 1);
            if (!group.contains(".")) {
                return "io.k8s.api." + group + "." + version + "." + kind;
            }
            if (group.endsWith(".k8s.io")) {
                return "io.k8s.api." + group.substring(0, group.indexOf('.')) + "." + version + "." + kind;
            }
            List<String> labels = new ArrayList<>(List.of(group.split("\\.")));
            Collections.reverse(labels);
            return String.join(".", labels) + "." + version + "." + kind;
        }
    }
}
