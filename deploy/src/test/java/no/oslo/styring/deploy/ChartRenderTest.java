package no.oslo.styring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.oslo.styring.deploy.Chart.ValueSet;

/** helm lint --strict, and what each value set renders. */
class ChartRenderTest {

    @Test
    void lintStrictPasses() {
        var result = Chart.lintStrict();
        assertFalse(result.isFailed(), () -> "helm lint --strict: " + String.join("\n", result.getMessages()));
        assertTrue(result.getMessages().stream().noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]")),
                () -> String.join("\n", result.getMessages()));
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyEnabledServiceHasItsObjects(ValueSet set) throws IOException {
        var rendered = Chart.render(set);
        var values = set.chartValues();
        // Kept in target/ for a look: target/rendered-production.yaml
        Files.writeString(Chart.MODULE.resolve("target/rendered-" + set.name().toLowerCase(Locale.ROOT) + ".yaml"),
                rendered.objects().stream().map(o -> {
                    try {
                        return Chart.YAML.writeValueAsString(o);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).reduce("", String::concat));

        for (String key : Chart.enabledServices(values)) {
            String name = Chart.objectName(key);
            JsonNodeAssert.exists(rendered, "ServiceAccount", name);
            JsonNodeAssert.exists(rendered, "ConfigMap", name);
            JsonNodeAssert.exists(rendered, "Deployment", name);
            JsonNodeAssert.exists(rendered, "Service", name);
            JsonNodeAssert.exists(rendered, "HorizontalPodAutoscaler", name);
            JsonNodeAssert.exists(rendered, "PodDisruptionBudget", name);
            boolean ingress = values.path("ingress").path("enabled").asBoolean()
                    && !values.path("services").path(key).path("ingress").path("host").asText().isEmpty();
            assertEquals(ingress, rendered.find("Ingress", name).isPresent(), "Ingress of " + key);
            assertEquals(values.path("networkPolicy").path("enabled").asBoolean(),
                    rendered.find("NetworkPolicy", name).isPresent(), "NetworkPolicy of " + key);
            assertEquals(values.path("serviceMonitor").path("enabled").asBoolean(),
                    rendered.find("ServiceMonitor", name).isPresent(), "ServiceMonitor of " + key);
        }
        assertEquals(
                values.path("strimzi").path("topics").path("enabled").asBoolean()
                        ? InfrastructureTest.TOPICS.size() + InfrastructureTest.DEAD_LETTER_TOPICS.size()
                        : 0,
                rendered.ofKind("KafkaTopic").size());
        assertEquals(values.path("cnpg").path("enabled").asBoolean() ? 4 : 0, rendered.ofKind("Cluster").size());
        // No Secret ever: passwords come from Secrets the operator (or CloudNativePG) creates
        assertEquals(List.of(), rendered.ofKind("Secret"));
    }

    @Test
    void defaultsRenderOnlyTheServicesAndNoOperatorResources() {
        var kinds = Chart.render(ValueSet.DEFAULTS).objects().stream().map(o -> o.path("kind").asText()).distinct()
                .sorted().toList();
        assertEquals(List.of("ConfigMap", "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service",
                "ServiceAccount"), kinds);
    }

    @Test
    void aDisabledServiceRendersNothing() {
        var rendered = Chart.render(ValueSet.DEFAULTS, java.util.Map.of("services.climate.enabled", false));
        assertTrue(rendered.names().stream().noneMatch(n -> n.contains("climate")), rendered.names()::toString);
        // the three other services and the portal
        assertEquals(4, rendered.ofKind("Deployment").size());
    }
}
