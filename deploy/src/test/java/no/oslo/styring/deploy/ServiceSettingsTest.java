package no.oslo.styring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import no.oslo.styring.deploy.Chart.ValueSet;

/**
 * What the chart hands the services matches what the services really read and serve: every environment variable is a
 * setting of the service, and the probes point at the Quarkus health endpoints on the service's HTTP port.
 */
class ServiceSettingsTest {

    /**
     * Quarkus properties the chart may set that a service's application.properties does not name (for all profiles),
     * each with the reason the service reads it.
     */
    static final Map<String, String> KNOWN_QUARKUS_PROPERTIES = Map.of(
            "quarkus.datasource.password",
            "quarkus-agroal: the datasource password; application.properties sets it only for %dev and %test, so that"
                    + " production has no default and takes it from a Secret",
            "quarkus.log.level", "Quarkus core logging: the root log level",
            "quarkus.oidc.roles.role-claim-path",
            "quarkus-oidc: where the roles are in the token (Entra ID app roles are in `roles`)");

    /** Kafka client settings: each service passes every kafka.* property to its producers, consumers and admin. */
    static final Set<String> KAFKA_CLIENT_SETTINGS = kafkaClientSettings();

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyEnvironmentVariableIsASettingTheServiceReads(ValueSet set) {
        var rendered = Chart.render(set);
        List<String> unknown = new ArrayList<>();
        for (String key : Chart.enabledServices(set.chartValues())) {
            Set<String> properties = properties(key);
            for (String env : rendered.environment(key).keySet()) {
                if (setting(env, properties).isEmpty()) {
                    unknown.add(key + "-service: " + env);
                }
            }
        }
        assertEquals(List.of(), unknown, "environment variables the service does not read");
    }

    /**
     * The property an environment variable sets, by the MicroProfile Config rule: a property's environment name is the
     * property with every character other than a letter or digit replaced by _, in upper case.
     */
    static Optional<String> setting(String env, Set<String> applicationProperties) {
        for (String property : applicationProperties) {
            if (environmentName(property).equals(env)) {
                return Optional.of(property);
            }
        }
        for (String property : KNOWN_QUARKUS_PROPERTIES.keySet()) {
            if (environmentName(property).equals(env)) {
                return Optional.of(property);
            }
        }
        if (env.startsWith("KAFKA_")) {
            // Quarkus' default Kafka configuration maps KAFKA_SASL_JAAS_CONFIG to sasl.jaas.config
            String client = env.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
            if (KAFKA_CLIENT_SETTINGS.contains(client)) {
                return Optional.of("kafka." + client);
            }
        }
        return Optional.empty();
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    @Test
    void theMappingFollowsMicroProfileConfig() {
        assertEquals("QUARKUS_OIDC_AUTH_SERVER_URL", environmentName("quarkus.oidc.auth-server-url"));
        assertEquals("STYRING_PERIODS_DEADLINE_DAYS_MONTH", environmentName("styring.periods.deadline-days.month"));
        assertEquals(Optional.of("kafka.sasl.jaas.config"), setting("KAFKA_SASL_JAAS_CONFIG", Set.of()));
        assertEquals(Optional.empty(), setting("KAFKA_NOT_A_CLIENT_SETTING", Set.of()));
        assertEquals(Optional.empty(), setting("STYRING_NOT_A_SETTING", properties("budget")));
    }

    @Test
    void everyServiceGetsTheSettingsThatDifferPerEnvironment() {
        var rendered = Chart.render(ValueSet.DEFAULTS);
        for (String key : Chart.SERVICES) {
            var env = rendered.environment(key).keySet();
            for (String required : List.of("QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_JDBC_URL",
                    "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                    "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_TOKEN_AUDIENCE", "QUARKUS_OIDC_CLIENT_ID",
                    "STYRING_SECURITY_UNIT_CLAIM", "STYRING_KAFKA_TOPICS_CREATE", "STYRING_OUTBOX_SWEEP_INTERVAL",
                    "QUARKUS_LOG_LEVEL")) {
                assertTrue(env.contains(required), key + "-service lacks " + required + ": " + env);
            }
            assertEquals(key.equals("assignment"), env.contains("STYRING_FIXTURES_ENABLED"),
                    "fixtures belong to the assignment-service only");
        }
        assertEquals("false", value(rendered, "assignment", "STYRING_FIXTURES_ENABLED"));
    }

    @Test
    void theBudgetServicesNonBlockingClientReadsTheSameDatabase() {
        var defaults = Chart.render(ValueSet.DEFAULTS);
        assertEquals("postgresql://postgres.example.org:5432/budget",
                value(defaults, "budget", "QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals("postgresql://pg.db.example.org:5432/budget?sslmode=verify-full",
                value(Chart.render(ValueSet.PRODUCTION), "budget", "QUARKUS_DATASOURCE_REACTIVE_URL"));
        var inCluster = Chart.render(ValueSet.IN_CLUSTER);
        assertEquals(value(inCluster, "budget", "QUARKUS_DATASOURCE_JDBC_URL").replace("jdbc:", ""),
                value(inCluster, "budget", "QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals("postgresql://db.example.org/budget?sslmode=require", value(Chart.render(ValueSet.DEFAULTS,
                Map.of("services.budget.database.reactiveUrl", "postgresql://db.example.org/budget?sslmode=require")),
                "budget", "QUARKUS_DATASOURCE_REACTIVE_URL"));
        for (String key : List.of("assignment", "indicator", "climate")) {
            assertFalse(defaults.environment(key).containsKey("QUARKUS_DATASOURCE_REACTIVE_URL"),
                    key + "-service has no non-blocking client");
        }
    }

    @Test
    void theCalendarFeedsSecretComesFromASecretAndTheirLinksFromTheIngress() {
        var rendered = Chart.render(ValueSet.DEFAULTS, Map.of("services.assignment.calendar.existingSecret", "calendar",
                "services.assignment.ingress.host", "assignment.styring.example.org"));
        JsonNode secret = rendered.environment("assignment").get("STYRING_CALENDAR_FEED_SECRET");
        assertEquals("calendar", secret.at("/valueFrom/secretKeyRef/name").asText(), secret.toString());
        assertEquals("feed-secret", secret.at("/valueFrom/secretKeyRef/key").asText());
        assertEquals("https://assignment.styring.example.org", value(rendered, "assignment", "STYRING_CALENDAR_PUBLIC_URL"));
        assertFalse(Chart.render(ValueSet.DEFAULTS).environment("assignment").containsKey("STYRING_CALENDAR_FEED_SECRET"),
                "feeds are off without a secret");
        assertFalse(rendered.environment("budget").containsKey("STYRING_CALENDAR_FEED_SECRET"));
    }

    @Test
    void theValuesReachTheServices() {
        var values = ValueSet.PRODUCTION.chartValues();
        var rendered = Chart.render(ValueSet.PRODUCTION);
        for (String key : Chart.SERVICES) {
            assertEquals(values.path("oidc").path("issuer").asText(),
                    value(rendered, key, "QUARKUS_OIDC_AUTH_SERVER_URL"));
            assertEquals(values.path("oidc").path("audience").asText(),
                    value(rendered, key, "QUARKUS_OIDC_TOKEN_AUDIENCE"));
            assertEquals("roles", value(rendered, key, "QUARKUS_OIDC_ROLES_ROLE_CLAIM_PATH"));
            assertEquals("styring_unit", value(rendered, key, "STYRING_SECURITY_UNIT_CLAIM"));
            assertEquals(values.path("kafka").path("bootstrapServers").asText(),
                    value(rendered, key, "KAFKA_BOOTSTRAP_SERVERS"));
            assertEquals(values.path("services").path(key).path("database").path("jdbcUrl").asText(),
                    value(rendered, key, "QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals("SASL_SSL", value(rendered, key, "KAFKA_SECURITY_PROTOCOL"));
        }
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void probesPointAtTheQuarkusHealthEndpointsOnTheHttpPort(ValueSet set) {
        var rendered = Chart.render(set);
        for (String key : Chart.enabledServices(set.chartValues())) {
            JsonNode container = rendered.container(key);
            int httpPort = Integer.parseInt(value(rendered, key, "QUARKUS_HTTP_PORT"));
            assertEquals(httpPort, resolvePort(container, container.path("ports").get(0).path("name").asText()));
            for (var probe : Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                    "readinessProbe", "/q/health/ready").entrySet()) {
                JsonNode httpGet = container.path(probe.getKey()).path("httpGet");
                assertEquals(probe.getValue(), httpGet.path("path").asText(), key + " " + probe.getKey());
                assertEquals(httpPort, resolvePort(container, httpGet.path("port").asText()),
                        key + " " + probe.getKey() + " port");
                assertTrue(httpGet.path("scheme").isMissingNode() || httpGet.path("scheme").asText().equals("HTTP"));
            }
            // The Service forwards to the same port
            JsonNode servicePort = rendered.get("Service", Chart.objectName(key)).path("spec").path("ports").get(0);
            assertEquals(httpPort, resolvePort(container, servicePort.path("targetPort").asText()));
            // And Prometheus scrapes /q/metrics there
            rendered.find("ServiceMonitor", Chart.objectName(key)).ifPresent(monitor -> {
                JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
                assertEquals("/q/metrics", endpoint.path("path").asText());
                assertEquals(servicePort.path("name").asText(), endpoint.path("port").asText());
            });
        }
    }

    /** A container port by name or number. */
    static int resolvePort(JsonNode container, String port) {
        if (port.matches("[0-9]+")) {
            return Integer.parseInt(port);
        }
        for (JsonNode p : container.path("ports")) {
            if (port.equals(p.path("name").asText())) {
                return p.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no container port named " + port);
    }

    /**
     * The services really serve those paths: SmallRye Health and Micrometer's Prometheus registry are on their
     * classpath (platform/core), and no setting moves the endpoints off /q or to a management port.
     */
    @ParameterizedTest
    @ValueSource(strings = {"assignment", "budget", "indicator", "climate"})
    void theServicesServeTheHealthAndMetricsPathsOnTheirHttpPort(String key) {
        String platformPom = Chart.readString(Chart.REPOSITORY.resolve("platform/core/pom.xml"));
        assertTrue(platformPom.contains("<artifactId>quarkus-smallrye-health</artifactId>"));
        assertTrue(platformPom.contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>"));
        String servicePom = Chart.readString(Chart.REPOSITORY.resolve(key + "-service/pom.xml"));
        assertTrue(servicePom.contains("<artifactId>styring-platform</artifactId>"),
                key + "-service depends on platform/core");
        for (String property : allProperties(key)) {
            String name = property.replaceFirst("^%[^.]+\\.", "");
            if (name.equals("quarkus.smallrye-health.ui.always-include")) {
                continue;
            }
            for (String moves : List.of("quarkus.http.root-path", "quarkus.http.non-application-root-path",
                    "quarkus.smallrye-health.", "quarkus.management.", "quarkus.micrometer.export.prometheus.path")) {
                assertFalse(name.startsWith(moves), key + "-service sets " + property + ": the probes may no longer match");
            }
        }
    }

    static String value(Chart.Rendered rendered, String key, String env) {
        JsonNode var = rendered.environment(key).get(env);
        if (var == null || !var.has("value")) {
            throw new AssertionError(key + "-service has no plain value for " + env);
        }
        return var.path("value").asText();
    }

    /** The properties of a service's application.properties that apply in production (no %profile prefix). */
    static Set<String> properties(String key) {
        Set<String> result = new HashSet<>();
        for (String property : allProperties(key)) {
            if (!property.startsWith("%")) {
                result.add(property);
            }
        }
        return result;
    }

    static Set<String> allProperties(String key) {
        Path file = Chart.REPOSITORY.resolve(key + "-service/src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties.stringPropertyNames();
    }

    private static Set<String> kafkaClientSettings() {
        Set<String> names = new HashSet<>(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return Set.copyOf(names);
    }
}
