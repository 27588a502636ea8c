package no.oslo.styring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import no.oslo.styring.deploy.Chart.ValueSet;

/** No secret in plain text; every service non-root, read-only, without capabilities, and with resources. */
class SecurityTest {

    /** Names of settings that hold a secret (the same rule as values.schema.json's envVar). */
    static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|JAAS|CREDENTIAL|PRIVATE_KEY|API_KEY",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void secretsOnlyThroughSecretKeyRefs(ValueSet set) {
        var rendered = Chart.render(set);
        var values = set.chartValues();
        boolean cnpg = values.path("cnpg").path("enabled").asBoolean();
        assertEquals(List.of(), rendered.ofKind("Secret"), "the chart creates no Secret");

        for (String key : Chart.enabledServices(values)) {
            var env = rendered.environment(key);
            env.forEach((name, var) -> {
                if (SECRET_NAME.matcher(name).find()) {
                    assertFalse(var.has("value"), key + ": " + name + " has a plain value");
                    JsonNode ref = var.path("valueFrom").path("secretKeyRef");
                    assertFalse(ref.path("name").asText().isEmpty(), key + ": " + name + " is not from a Secret");
                    assertFalse(ref.path("key").asText().isEmpty(), key + ": " + name + " names no key");
                }
            });
            JsonNode password = env.get("QUARKUS_DATASOURCE_PASSWORD").path("valueFrom").path("secretKeyRef");
            String expectedSecret = cnpg
                    ? Chart.RELEASE + "-" + key + "-db-app"
                    : values.path("services").path(key).path("database").path("existingSecret").asText();
            assertEquals(expectedSecret, password.path("name").asText(), key + ": the database password's Secret");
            assertEquals(cnpg
                    ? "password"
                    : values.path("services").path(key).path("database").path("passwordKey")
                            .asText(),
                    password.path("key").asText());
        }

        for (JsonNode configMap : rendered.ofKind("ConfigMap")) {
            configMap.path("data").fields().forEachRemaining(e -> {
                assertFalse(SECRET_NAME.matcher(e.getKey()).find(), "ConfigMap key " + e.getKey());
                assertFalse(e.getValue().asText().toLowerCase().contains("password="),
                        "a password in " + e.getKey() + " of ConfigMap " + configMap.path("metadata").path("name"));
            });
        }
        // The realm, wherever it is rendered, has no users and no client secrets
        for (JsonNode object : rendered.objects()) {
            String text = object.toString();
            assertFalse(text.contains("styring-local"), "the local stack's database password");
            assertFalse(text.contains("\\\"credentials\\\"") || text.contains("\"credentials\""),
                    object.path("kind").asText() + " has credentials");
        }
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyServiceRunsNonRootReadOnlyWithoutCapabilitiesAndWithResources(ValueSet set) {
        var rendered = Chart.render(set);
        List<String> problems = new ArrayList<>();
        for (String key : Chart.enabledServices(set.chartValues())) {
            JsonNode pod = rendered.deployment(key).path("spec").path("template").path("spec");
            JsonNode container = rendered.container(key);
            JsonNode podSecurity = pod.path("securityContext");
            JsonNode security = container.path("securityContext");

            check(problems, key, "runAsNonRoot", podSecurity.path("runAsNonRoot").asBoolean()
                    && !security.path("runAsNonRoot").asText("true").equals("false"));
            check(problems, key, "a non-root runAsUser", podSecurity.path("runAsUser").asInt(0) > 0);
            check(problems, key, "readOnlyRootFilesystem", security.path("readOnlyRootFilesystem").asBoolean());
            check(problems, key, "allowPrivilegeEscalation false",
                    security.has("allowPrivilegeEscalation") && !security.path("allowPrivilegeEscalation").asBoolean());
            check(problems, key, "capabilities drop ALL", contains(security.path("capabilities").path("drop"), "ALL"));
            check(problems, key, "no capabilities added", security.path("capabilities").path("add").isEmpty());
            check(problems, key, "not privileged", !security.path("privileged").asBoolean());
            check(problems, key, "RuntimeDefault seccomp",
                    "RuntimeDefault".equals(podSecurity.path("seccompProfile").path("type").asText()));
            check(problems, key, "no host namespaces", !pod.path("hostNetwork").asBoolean()
                    && !pod.path("hostPID").asBoolean() && !pod.path("hostIPC").asBoolean());
            check(problems, key, "no service account token", !pod.path("automountServiceAccountToken").asBoolean(true));

            JsonNode resources = container.path("resources");
            check(problems, key, "requests.cpu", resources.path("requests").has("cpu"));
            check(problems, key, "requests.memory", resources.path("requests").has("memory"));
            check(problems, key, "limits.memory", resources.path("limits").has("memory"));

            // /tmp is a writable emptyDir (Quarkus and the JVM write there)
            String tmpVolume = null;
            for (JsonNode mount : container.path("volumeMounts")) {
                if ("/tmp".equals(mount.path("mountPath").asText())) {
                    tmpVolume = mount.path("name").asText();
                    check(problems, key, "/tmp writable", !mount.path("readOnly").asBoolean());
                }
            }
            check(problems, key, "/tmp mounted", tmpVolume != null);
            boolean emptyDir = false;
            for (JsonNode volume : pod.path("volumes")) {
                emptyDir |= volume.path("name").asText().equals(tmpVolume) && volume.has("emptyDir");
            }
            check(problems, key, "/tmp is an emptyDir", emptyDir);
        }
        assertEquals(List.of(), problems);
    }

    private static void check(List<String> problems, String key, String what, boolean ok) {
        if (!ok) {
            problems.add(key + "-service: " + what);
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
            if (value.equals(it.next().asText())) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void noPlainSecretInExtraEnvironment(ValueSet set) {
        // The example files show the way: Kafka SASL credentials from a Secret
        var values = set.chartValues();
        List<JsonNode> extra = new ArrayList<>();
        values.path("kafka").path("extraEnv").forEach(extra::add);
        Chart.SERVICES.forEach(k -> values.path("services").path(k).path("extraEnv").forEach(extra::add));
        for (JsonNode var : extra) {
            if (SECRET_NAME.matcher(var.path("name").asText()).find()) {
                assertTrue(var.path("valueFrom").has("secretKeyRef"), var.toString());
            }
        }
    }
}
