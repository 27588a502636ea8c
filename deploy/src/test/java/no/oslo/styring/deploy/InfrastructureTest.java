package no.oslo.styring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.oslo.styring.deploy.Chart.ValueSet;

/** Strimzi topics and Kafka, CloudNativePG databases and the Keycloak realm: off by default, right when on. */
class InfrastructureTest {

    static final List<String> TOPICS = List.of("styring.periods", "styring.units", "styring.assignments",
            "styring.budget.reports", "styring.budget.changes", "styring.indicator.changes", "styring.indicator.reports",
            "styring.climate.reports", "styring.duty.reports", "styring.close.chunks");

    /** Each consumer's dead-letter topic of each topic it consumes: {@code <topic>.dlq.<service>}. */
    static final List<String> DEAD_LETTER_TOPICS = List.of("styring.periods.dlq.budget", "styring.periods.dlq.indicator",
            "styring.periods.dlq.climate", "styring.units.dlq.budget", "styring.units.dlq.indicator",
            "styring.units.dlq.climate", "styring.budget.changes.dlq.climate", "styring.indicator.changes.dlq.climate",
            "styring.indicator.reports.dlq.portal", "styring.budget.reports.dlq.portal", "styring.climate.reports.dlq.portal",
            "styring.close.chunks.dlq.budget", "styring.close.chunks.dlq.indicator", "styring.close.chunks.dlq.climate");

    @Test
    void withTheOptionsOffTheServicesUseTheGivenAddresses() {
        var rendered = Chart.render(ValueSet.DEFAULTS);
        var values = ValueSet.DEFAULTS.chartValues();
        for (String key : Chart.SERVICES) {
            assertEquals(values.path("kafka").path("bootstrapServers").asText(),
                    ServiceSettingsTest.value(rendered, key, "KAFKA_BOOTSTRAP_SERVERS"));
            assertEquals(values.path("services").path(key).path("database").path("jdbcUrl").asText(),
                    ServiceSettingsTest.value(rendered, key, "QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals(key, ServiceSettingsTest.value(rendered, key, "QUARKUS_DATASOURCE_USERNAME"));
            assertEquals("false", ServiceSettingsTest.value(rendered, key, "STYRING_KAFKA_TOPICS_CREATE"));
        }
        for (String kind : List.of("KafkaTopic", "Kafka", "KafkaNodePool", "Cluster", "KeycloakRealmImport")) {
            assertEquals(List.of(), rendered.ofKind(kind), kind);
        }
        assertTrue(rendered.find("ConfigMap", Chart.RELEASE + "-keycloak-realm").isEmpty());
    }

    @Test
    void strimziTopicsAreTheContractsTenAndTheirDeadLetterTopicsWithUnitsCompacted() {
        var values = ValueSet.PRODUCTION.chartValues();
        var rendered = Chart.render(ValueSet.PRODUCTION);
        var topics = rendered.ofKind("KafkaTopic");
        assertEquals(Stream.concat(TOPICS.stream(), DEAD_LETTER_TOPICS.stream()).sorted().toList(),
                topics.stream().map(t -> t.path("metadata").path("name").asText()).sorted().toList());
        for (JsonNode topic : topics) {
            String name = topic.path("metadata").path("name").asText();
            JsonNode spec = topic.path("spec");
            assertEquals("kafka-prod", topic.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            assertEquals("kafka", topic.path("metadata").path("namespace").asText());
            JsonNode override = values.path("strimzi").path("topics").path("perTopic").path(name);
            assertEquals(override.path("partitions").asInt(values.path("strimzi").path("topics").path("partitions").asInt()),
                    spec.path("partitions").asInt(), name);
            assertEquals(values.path("strimzi").path("topics").path("replicas").asInt(), spec.path("replicas").asInt());
            assertEquals(name.equals("styring.units") ? "compact" : "",
                    spec.path("config").path("cleanup.policy").asText(""), name);
            assertEquals(2, spec.path("config").path("min.insync.replicas").asInt(), name);
            long retention = name.endsWith(".reports")
                    ? -1
                    : override.path("config").has("retention.ms")
                            ? override.path("config").path("retention.ms").asLong()
                            : name.contains(".dlq.")
                                    ? values.path("strimzi").path("topics").path("deadLetters").path("retentionMs")
                                            .asLong()
                                    : 0;
            assertEquals(retention, spec.path("config").path("retention.ms").asLong(0), name);
            assertEquals("keep", topic.path("metadata").path("annotations").path("helm.sh/resource-policy").asText());
        }
        // Strimzi manages the topics, so the services never create them
        for (String key : Chart.SERVICES) {
            assertEquals("false", ServiceSettingsTest.value(Chart.render(ValueSet.DEFAULTS,
                    Map.of("strimzi.topics.enabled", true, "kafka.createTopics", true)), key,
                    "STYRING_KAFKA_TOPICS_CREATE"));
        }
        assertEquals("true", ServiceSettingsTest.value(Chart.render(ValueSet.DEFAULTS,
                Map.of("kafka.createTopics", true)), "budget", "STYRING_KAFKA_TOPICS_CREATE"));
    }

    @Test
    void strimziKafkaClusterIsUsedByTheServices() {
        var rendered = Chart.render(ValueSet.IN_CLUSTER);
        JsonNode kafka = rendered.get("Kafka", "styring-kafka");
        JsonNode pool = rendered.get("KafkaNodePool", "styring-kafka-nodes");
        assertEquals("styring-kafka", pool.path("metadata").path("labels").path("strimzi.io/cluster").asText());
        assertEquals(3, pool.path("spec").path("replicas").asInt());
        assertEquals(9092, kafka.path("spec").path("kafka").path("listeners").get(0).path("port").asInt());
        assertTrue(kafka.path("spec").path("entityOperator").has("topicOperator"));
        for (String key : Chart.SERVICES) {
            assertEquals("styring-kafka-kafka-bootstrap.styring.svc:9092",
                    ServiceSettingsTest.value(rendered, key, "KAFKA_BOOTSTRAP_SERVERS"));
        }
        // Strimzi before 0.49 needs the KRaft and node-pool annotations
        var legacy = Chart.render(ValueSet.IN_CLUSTER, Map.of("strimzi.apiVersion", "kafka.strimzi.io/v1beta2"));
        JsonNode annotations = legacy.get("Kafka", "styring-kafka").path("metadata").path("annotations");
        assertEquals("enabled", annotations.path("strimzi.io/kraft").asText());
        assertEquals("enabled", annotations.path("strimzi.io/node-pools").asText());
        assertEquals(List.of(), legacy.objects().stream().flatMap(o -> KubeSchemas.validate(o).stream()).toList());
    }

    @Test
    void cloudNativePgGivesEachServiceItsOwnDatabase() {
        var rendered = Chart.render(ValueSet.IN_CLUSTER);
        for (String key : Chart.SERVICES) {
            String cluster = Chart.RELEASE + "-" + key + "-db";
            JsonNode spec = rendered.get("Cluster", cluster).path("spec");
            assertEquals(key, spec.path("bootstrap").path("initdb").path("database").asText());
            assertEquals(key, spec.path("bootstrap").path("initdb").path("owner").asText());
            assertEquals(2, spec.path("instances").asInt());
            assertEquals("jdbc:postgresql://" + cluster + "-rw:5432/" + key,
                    ServiceSettingsTest.value(rendered, key, "QUARKUS_DATASOURCE_JDBC_URL"));
            var env = rendered.environment(key);
            for (var credential : Map.of("QUARKUS_DATASOURCE_USERNAME", "username", "QUARKUS_DATASOURCE_PASSWORD",
                    "password").entrySet()) {
                JsonNode ref = env.get(credential.getKey()).path("valueFrom").path("secretKeyRef");
                assertEquals(cluster + "-app", ref.path("name").asText());
                assertEquals(credential.getValue(), ref.path("key").asText());
            }
        }
    }

    @Test
    void theRealmIsImportableWithoutTheDemoUsers() throws IOException {
        var rendered = Chart.render(ValueSet.IN_CLUSTER);
        JsonNode configMap = rendered.get("ConfigMap", Chart.RELEASE + "-keycloak-realm");
        JsonNode realm = Chart.JSON.readTree(configMap.path("data").path("styring-realm.json").asText());

        ObjectNode expected = (ObjectNode) Chart.read(Chart.REPOSITORY.resolve("deploy/keycloak/styring-realm.json"));
        expected.remove("users");
        expected.put("displayName", "Styring");
        // the local portal client's secret stays out (Keycloak makes one on import), and it signs in at the public URL
        String portalUrl = Chart.read(Chart.CHART.resolve("values.yaml")).path("portal").path("publicUrl").asText();
        expected.path("clients").forEach(c -> {
            ObjectNode client = (ObjectNode) c;
            client.remove("secret");
            if (client.path("clientId").asText().equals("styring-portal")) {
                client.put("rootUrl", portalUrl);
                client.putArray("redirectUris").add(portalUrl + "/*");
                ((ObjectNode) client.path("attributes")).put("post.logout.redirect.uris", portalUrl + "/*");
            }
        });
        assertEquals(expected, realm, "the repository's realm, without its demo users");

        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertEquals(List.of("department", "reporter", "reader"), roles);
        assertFalse(realm.has("users"));

        JsonNode realmImport = rendered.get("KeycloakRealmImport", Chart.RELEASE + "-realm");
        assertEquals("keycloak", realmImport.path("spec").path("keycloakCRName").asText());
        assertEquals(realm, realmImport.path("spec").path("realm"));
    }

    @Test
    void demoUsersAndLocalClientsAreOptions() throws IOException {
        var rendered = Chart.render(ValueSet.DEFAULTS, Map.of("keycloak.realm.enabled", true,
                "keycloak.realm.includeDemoUsers", true, "keycloak.realm.excludeClients[0]", "styring-cli"));
        JsonNode realm = Chart.JSON.readTree(rendered.get("ConfigMap", Chart.RELEASE + "-keycloak-realm").path("data")
                .path("styring-realm.json").asText());
        assertEquals(4, realm.path("users").size());
        List<String> clients = new ArrayList<>();
        realm.path("clients").forEach(c -> clients.add(c.path("clientId").asText()));
        assertEquals(List.of("styring-api", "styring-portal"), clients);
    }

    @Test
    void theChartsRealmIsTheRepositorysRealm() throws IOException {
        // Helm reads only files inside the chart: files/styring-realm.json is a copy of deploy/keycloak's
        assertEquals(-1L, Files.mismatch(Chart.CHART.resolve("files/styring-realm.json"),
                Chart.REPOSITORY.resolve("deploy/keycloak/styring-realm.json")),
                "copy deploy/keycloak/styring-realm.json to deploy/helm/styring/files/");
    }
}
