package no.oslo.styring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import no.oslo.styring.deploy.Chart.ValueSet;

/** Every rendered object is valid against the Kubernetes (and operators') schemas, checked offline. */
class KubernetesSchemaTest {

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyRenderedObjectIsValid(ValueSet set) {
        List<String> errors = new ArrayList<>();
        for (JsonNode object : Chart.render(set).objects()) {
            errors.addAll(KubeSchemas.validate(object));
        }
        assertEquals(List.of(), errors);
    }

    /** One object of every kind the chart can render, and which validator checks it. */
    static Map<String, JsonNode> oneOfEachKind() {
        Map<String, JsonNode> kinds = new LinkedHashMap<>();
        for (ValueSet set : ValueSet.values()) {
            for (JsonNode object : Chart.render(set).objects()) {
                kinds.putIfAbsent(object.path("kind").asText(), object);
            }
        }
        return kinds;
    }

    @Test
    void theValidatorsKnowEveryKindAndRefuseAnUnknownField() {
        var kinds = oneOfEachKind();
        assertEquals(List.of("ConfigMap", "Deployment", "HorizontalPodAutoscaler", "Ingress", "Cluster", "Kafka",
                "KafkaNodePool", "KafkaTopic", "KeycloakRealmImport", "NetworkPolicy", "PodDisruptionBudget", "Service",
                "ServiceAccount", "ServiceMonitor").stream().sorted().toList(),
                kinds.keySet().stream().sorted().toList());
        kinds.forEach((kind, object) -> {
            ObjectNode broken = object.deepCopy();
            ((ObjectNode) broken.path("metadata")).put("notAField", "x");
            assertFalse(KubeSchemas.validate(broken).isEmpty(),
                    () -> kind + " (" + KubeSchemas.validatorOf(object) + ") accepted an unknown metadata field");
            if (broken.path("spec").isObject()) {
                ObjectNode brokenSpec = object.deepCopy();
                ((ObjectNode) brokenSpec.path("spec")).put("notAField", "x");
                assertFalse(KubeSchemas.validate(brokenSpec).isEmpty(),
                        () -> kind + " (" + KubeSchemas.validatorOf(object) + ") accepted an unknown spec field");
            }
        });
    }

    @Test
    void theValidatorsRefuseAWrongTypeAndAMissingRequiredField() {
        var kinds = oneOfEachKind();

        // Kubernetes OpenAPI
        ObjectNode deployment = kinds.get("Deployment").deepCopy();
        ((ObjectNode) deployment.path("spec")).set("revisionHistoryLimit", new TextNode("five"));
        assertHasError(deployment, "revisionHistoryLimit");
        deployment = kinds.get("Deployment").deepCopy();
        ((ObjectNode) deployment.path("spec")).remove("selector");
        assertHasError(deployment, "selector");
        deployment = kinds.get("Deployment").deepCopy();
        ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0)).remove("name");
        assertHasError(deployment, "name");

        // Strimzi model
        ObjectNode topic = kinds.get("KafkaTopic").deepCopy();
        ((ObjectNode) topic.path("spec")).set("partitions", new TextNode("3"));
        assertHasError(topic, "partitions");
        topic = kinds.get("KafkaTopic").deepCopy();
        ((ObjectNode) topic.path("spec")).remove("replicas");
        assertHasError(topic, "replicas");
        ObjectNode kafka = kinds.get("Kafka").deepCopy();
        ((ObjectNode) kafka.path("spec").path("kafka").path("listeners").get(0)).set("port", new TextNode("9092"));
        assertHasError(kafka, "port");

        // Hand-written operator schemas
        ObjectNode cluster = kinds.get("Cluster").deepCopy();
        ((ObjectNode) cluster.path("spec")).set("instances", new TextNode("two"));
        assertHasError(cluster, "instances");
        cluster = kinds.get("Cluster").deepCopy();
        ((ObjectNode) cluster.path("spec")).remove("instances");
        assertHasError(cluster, "instances");
        ObjectNode realmImport = kinds.get("KeycloakRealmImport").deepCopy();
        ((ObjectNode) realmImport.path("spec")).set("keycloakCRName", new IntNode(1));
        assertHasError(realmImport, "keycloakCRName");
    }

    private static void assertHasError(JsonNode object, String mentioning) {
        var errors = KubeSchemas.validate(object);
        assertTrue(errors.stream().anyMatch(e -> e.contains(mentioning)),
                () -> "expected an error about " + mentioning + " in " + object.path("kind").asText() + ", got "
                        + errors);
    }
}
