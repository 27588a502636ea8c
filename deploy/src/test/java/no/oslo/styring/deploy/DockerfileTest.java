package no.oslo.styring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.oslo.styring.deploy.Chart.ValueSet;

/**
 * The images the chart runs (the image build itself needs Docker, which these machines lack): each service's
 * Dockerfile.jvm packs the Quarkus fast-jar, runs as the user the chart expects and listens on the chart's port.
 */
class DockerfileTest {

    @ParameterizedTest
    @ValueSource(strings = {"assignment", "budget", "indicator", "climate"})
    void theImageFitsTheChart(String key) {
        List<String> lines = Chart.readString(Chart.REPOSITORY.resolve(key + "-service/src/main/docker/Dockerfile.jvm"))
                .lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        var values = ValueSet.DEFAULTS.chartValues();

        assertTrue(lines.get(0).matches("FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:[0-9.]+"),
                lines.get(0));
        for (String layer : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("COPY target/quarkus-app/" + layer)),
                    key + ": copies target/quarkus-app/" + layer);
        }
        // Non-root, the same user as the chart's pod security context
        assertEquals("USER " + values.path("podSecurityContext").path("runAsUser").asInt(),
                lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow());
        // The chart's container port
        int port = values.path("httpPort").asInt();
        assertTrue(lines.contains("EXPOSE " + port), key + ": EXPOSE " + port);
        assertTrue(lines.contains("ENV QUARKUS_HTTP_PORT=" + port), key + ": QUARKUS_HTTP_PORT=" + port);
        assertTrue(lines.contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), key + ": runs the fast-jar");
    }
}
