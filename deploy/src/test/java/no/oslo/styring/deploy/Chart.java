package no.oslo.styring.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

/**
 * The Helm chart in helm/styring, rendered with helm-java (Helm as a native library: no helm binary, no cluster).
 */
final class Chart {

    /** The module directory (Surefire runs the tests there) and the repository root above it. */
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path REPOSITORY = MODULE.getParent();
    static final Path CHART = MODULE.resolve("helm/styring");
    static final Path EXAMPLES = MODULE.resolve("helm/examples");

    static final String RELEASE = "styring";
    static final String NAMESPACE = "styring";
    /** The Kubernetes version rendered for (the chart requires 1.25 or later). */
    static final String KUBE_VERSION = "1.30.0";

    /** The four services by their key in values.yaml. */
    static final List<String> SERVICES = List.of("assignment", "budget", "indicator", "climate");

    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    static final ObjectMapper JSON = new ObjectMapper();

    /** The value sets every rendering test runs with: the defaults and the two example files. */
    enum ValueSet {
        DEFAULTS(null), PRODUCTION("production-values.yaml"), IN_CLUSTER("in-cluster-values.yaml");

        final String file;

        ValueSet(String file) {
            this.file = file;
        }

        Optional<Path> path() {
            return Optional.ofNullable(file).map(EXAMPLES::resolve);
        }

        /** The values as Helm sees them: values.yaml with the example file merged over it. */
        JsonNode chartValues() {
            ObjectNode values = (ObjectNode) read(CHART.resolve("values.yaml"));
            path().ifPresent(p -> merge(values, read(p)));
            return values;
        }
    }

    private static final Map<ValueSet, Rendered> CACHE = new ConcurrentHashMap<>();

    private Chart() {
    }

    static LintResult lintStrict() {
        return new Helm(CHART).lint().strict().call();
    }

    /** The chart rendered with one value set (rendered once per test run). */
    static Rendered render(ValueSet set) {
        return CACHE.computeIfAbsent(set, s -> render(s, Map.of()));
    }

    /** The chart rendered with one value set and --set overrides; throws IllegalStateException when Helm refuses. */
    static Rendered render(ValueSet set, Map<String, Object> overrides) {
        var template = new Helm(CHART).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        set.path().ifPresent(template::withValuesFile);
        overrides.forEach(template::set);
        return new Rendered(parse(template.call()));
    }

    static List<JsonNode> parse(String manifests) {
        try (var parser = new YAMLFactory().createParser(manifests)) {
            List<JsonNode> objects = new ArrayList<>();
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node != null && !node.isMissingNode() && !node.isNull() && node.size() > 0) {
                    objects.add(node);
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return file.toString().endsWith(".json") ? JSON.readTree(file.toFile()) : YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Helm's merge of a values file over values.yaml: maps merge key by key, everything else is replaced. */
    private static void merge(ObjectNode target, JsonNode source) {
        source.fields().forEachRemaining(e -> {
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue().isObject()) {
                merge(o, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        });
    }

    /** The objects of one rendering. */
    record Rendered(List<JsonNode> objects) {

        List<JsonNode> ofKind(String kind) {
            return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
        }

        Optional<JsonNode> find(String kind, String name) {
            return ofKind(kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
        }

        JsonNode get(String kind, String name) {
            return find(kind, name).orElseThrow(() -> new AssertionError(
                    "no " + kind + " named " + name + " among " + names()));
        }

        List<String> names() {
            return objects.stream().map(o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText())
                    .toList();
        }

        /** The environment a service's container gets: its ConfigMap (envFrom) and its env list, by name. */
        Map<String, JsonNode> environment(String serviceKey) {
            JsonNode container = container(serviceKey);
            Map<String, JsonNode> env = new LinkedHashMap<>();
            for (JsonNode from : container.path("envFrom")) {
                String configMap = from.path("configMapRef").path("name").asText(null);
                if (configMap == null) {
                    throw new AssertionError("envFrom other than a ConfigMap: " + from);
                }
                get("ConfigMap", configMap).path("data").fields()
                        .forEachRemaining(e -> env.put(e.getKey(), JSON.createObjectNode().put("name", e.getKey())
                                .set("value", e.getValue())));
            }
            for (JsonNode var : container.path("env")) {
                if (env.put(var.path("name").asText(), var) != null) {
                    throw new AssertionError("env " + var.path("name").asText() + " set twice for " + serviceKey);
                }
            }
            return env;
        }

        JsonNode deployment(String serviceKey) {
            return get("Deployment", objectName(serviceKey));
        }

        JsonNode container(String serviceKey) {
            JsonNode containers = deployment(serviceKey).path("spec").path("template").path("spec").path("containers");
            if (containers.size() != 1) {
                throw new AssertionError("expected one container in " + serviceKey + ": " + containers);
            }
            return containers.get(0);
        }

        String manifests() {
            return objects.stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
        }
    }

    /** Object name of a service's Deployment, Service, ConfigMap …: styring-assignment-service for release styring. */
    static String objectName(String serviceKey) {
        return RELEASE + "-" + serviceKey + "-service";
    }

    static List<String> enabledServices(JsonNode values) {
        List<String> enabled = new ArrayList<>();
        for (String key : SERVICES) {
            if (values.path("services").path(key).path("enabled").asBoolean()) {
                enabled.add(key);
            }
        }
        return Collections.unmodifiableList(enabled);
    }
}
