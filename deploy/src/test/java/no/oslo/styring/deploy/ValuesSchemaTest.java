package no.oslo.styring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.oslo.styring.deploy.Chart.ValueSet;

/** values.schema.json refuses a wrong type, a missing required value and a secret in plain text: render fails. */
class ValuesSchemaTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "httpPort, eighty",
            "services.budget.replicaCount, two",
            "services.assignment.autoscaling.enabled, maybe",
            "services.indicator.autoscaling.maxReplicas, many",
            "oidc.issuer, 42",
            "oidc.issuer, keycloak.example.org/realms/styring",
            "logLevel, LOUD",
            "outbox.sweepInterval, soon",
            "kafka.createTopics, sometimes",
            "services.climate.resources.requests.memory, a lot",
            "strimzi.topics.partitions, three",
            "cnpg.instances, two",
            "image.pullPolicy, Sometimes"})
    void aWrongTypeIsRefused(String key, String value) {
        // Helm names the refused value by its path: at '/services/budget/replicaCount'
        assertRefused(Map.of(key, value), "at '/" + key.replace('.', '/') + "'");
    }

    @ParameterizedTest(name = "{0} missing")
    @CsvSource({
            "oidc.issuer",
            "oidc.audience",
            "kafka.bootstrapServers",
            "services.assignment.database.existingSecret",
            "services.climate.database.jdbcUrl",
            "services.budget.resources.limits.memory",
            "services.indicator.resources.requests.cpu",
            "services.budget.image.repository"})
    void aMissingRequiredValueIsRefused(String key) {
        // --set key=null removes the key, as if the operator had left it out
        assertRefused(Map.of(key, "null"), "missing property '" + key.substring(key.lastIndexOf('.') + 1) + "'");
    }

    @Test
    void anEmptyRequiredValueIsRefused() {
        assertRefused(Map.of("services.indicator.database.existingSecret", ""),
                "at '/services/indicator/database/existingSecret'");
        assertRefused(Map.of("oidc.issuer", ""), "at '/oidc/issuer'");
    }

    @Test
    void anUnknownValueIsRefused() {
        // A typo (resource for resources) fails instead of being silently ignored
        assertRefused(Map.of("services.budget.resource.limits.memory", "1Gi"),
                "additional properties 'resource' not allowed");
    }

    @Test
    void aPasswordCannotBeGivenInPlainText() {
        assertRefused(Map.of("services.budget.database.password", "hunter2"),
                "additional properties 'password' not allowed");
        assertRefused(Map.of("kafka.extraEnv[0].name", "KAFKA_SSL_KEY_PASSWORD", "kafka.extraEnv[0].value", "hunter2"),
                "missing property 'valueFrom'");
        assertRefused(Map.of("services.climate.extraEnv[0].name", "KAFKA_SASL_JAAS_CONFIG",
                "services.climate.extraEnv[0].value", "org.apache.kafka.common.security.scram.ScramLoginModule"),
                "missing property 'valueFrom'");
    }

    @Test
    void theOperatorsReplaceWhatTheyProvide() {
        // With CloudNativePG the services use its Secrets, and with Strimzi's Kafka its bootstrap service
        Map<String, Object> set = new HashMap<>();
        set.put("cnpg.enabled", true);
        set.put("services.climate.database.existingSecret", "null");
        set.put("services.climate.database.jdbcUrl", "null");
        set.put("strimzi.kafka.enabled", true);
        set.put("kafka.bootstrapServers", "null");
        var rendered = Chart.render(ValueSet.DEFAULTS, set);
        // the four services and the portal
        assertEquals(5, rendered.ofKind("Deployment").size());
    }

    private static void assertRefused(Map<String, Object> set, String mentioning) {
        var failure = assertThrows(IllegalStateException.class, () -> Chart.render(ValueSet.DEFAULTS, set),
                "helm template accepted " + set);
        String message = failure.getMessage();
        assertTrue(message.contains("values don't meet the specifications of the schema"),
                () -> "not a values.schema.json failure for " + set + ": " + message);
        assertTrue(message.contains(mentioning), () -> "the failure for " + set + " does not name " + mentioning
                + ": " + message);
    }
}
