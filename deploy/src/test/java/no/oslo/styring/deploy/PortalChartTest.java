package no.oslo.styring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.oslo.styring.deploy.Chart.ValueSet;

/** The portal's objects: its settings, its OIDC client secret from a Secret, probes, Service and Ingress. */
class PortalChartTest {

    private static final String NAME = Chart.RELEASE + "-portal";

    @Test
    void thePortalReadsTheFourServicesInTheClusterAndSignsPeopleInAtTheIssuer() throws IOException {
        var rendered = Chart.render(ValueSet.DEFAULTS);
        var values = ValueSet.DEFAULTS.chartValues();
        JsonNode config = rendered.get("ConfigMap", NAME).path("data");
        assertEquals(values.path("oidc").path("issuer").asText(), config.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText());
        assertEquals("styring-portal", config.path("QUARKUS_OIDC_CLIENT_ID").asText());
        for (String key : Chart.SERVICES) {
            String service = Chart.RELEASE + "-" + key + "-service";
            rendered.get("Service", service);
            assertEquals("http://" + service + ":" + values.path("service").path("port").asInt(),
                    config.path("QUARKUS_REST_CLIENT_" + key.toUpperCase() + "_URL").asText(), key);
        }
        // the live overview reads the report topics from the release's broker
        assertTrue(config.path("KAFKA_BOOTSTRAP_SERVERS").asText().endsWith(":9092"),
                config.path("KAFKA_BOOTSTRAP_SERVERS").asText());
        // the public URL is https: the session cookie is Secure; the sign-in form posts to the issuer's host
        assertEquals("true", config.path("STYRING_PORTAL_SECURE_COOKIES").asText());
        assertEquals("https://keycloak.example.org", config.path("STYRING_PORTAL_FORM_ACTIONS").asText());
        // and every setting is one the portal reads
        String properties = Files.readString(Chart.REPOSITORY.resolve("portal/src/main/resources/application.properties"));
        config.fieldNames().forEachRemaining(name -> assertTrue(name.startsWith("QUARKUS_")
                || properties.contains("${" + name), name + " is read by the portal"));
    }

    @Test
    void theClientSecretComesFromASecretAndTheProbesFromQuarkusHealth() {
        JsonNode deployment = Chart.render(ValueSet.DEFAULTS).get("Deployment", NAME);
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
        JsonNode ref = env.get("STYRING_PORTAL_OIDC_SECRET").path("valueFrom").path("secretKeyRef");
        assertEquals("styring-portal-oidc", ref.path("name").asText());
        assertEquals("client-secret", ref.path("key").asText());
        assertFalse(env.get("STYRING_PORTAL_OIDC_SECRET").has("value"), "never in plain text");
        assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals(true, container.path("securityContext").path("readOnlyRootFilesystem").asBoolean());
        assertTrue(container.path("image").asText().startsWith("styring/portal:"), container.path("image").asText());
    }

    @Test
    void anIngressForThePortalsHostAndNoneWithout() {
        assertTrue(Chart.render(ValueSet.DEFAULTS, Map.of("ingress.enabled", true)).find("Ingress", NAME).isEmpty());
        var rendered = Chart.render(ValueSet.DEFAULTS, Map.of("ingress.enabled", true, "portal.ingress.host",
                "styring.example.org"));
        JsonNode ingress = rendered.get("Ingress", NAME);
        assertEquals("styring.example.org", ingress.path("spec").path("rules").get(0).path("host").asText());
        assertEquals("/", ingress.path("spec").path("rules").get(0).path("http").path("paths").get(0).path("path")
                .asText());
        assertEquals(NAME + "-tls", ingress.path("spec").path("tls").get(0).path("secretName").asText());
        assertTrue(Chart.render(ValueSet.DEFAULTS, Map.of("portal.enabled", false)).find("Deployment", NAME).isEmpty());
    }
}
