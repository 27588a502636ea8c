package no.oslo.styring.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each running service's OpenAPI document passes Redocly CLI's recommended rules with 0 errors and 0 warnings, so that
 * the clients others generate from it (and the portal) get operation ids, servers, a licence, the error responses
 * with their problem schema, and security on every operation. Redocly comes from npm (src/test/openapi-lint).
 */
class OpenApiLintTest {

    private static final Path LINT = Path.of("src/test/openapi-lint");

    @BeforeAll
    static void installRedocly() throws Exception {
        run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"assignment", "budget", "indicator", "climate"})
    void theDocumentPassesTheRecommendedRules(String service) throws Exception {
        Path document = Files.createTempFile("openapi-" + service, ".json");
        Files.writeString(document, Stack.at(service).get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
        Path report = Files.createTempFile("redocly-" + service, ".json");
        String output = run(List.of("node_modules/.bin/redocly", "lint", document.toString(), "--format=json",
                "--extends=recommended"), 120, report);
        JsonNode totals = new ObjectMapper().readTree(Files.readString(report)).path("totals");
        assertEquals(0, totals.path("errors").asInt(-1), service + ": " + output);
        assertEquals(0, totals.path("warnings").asInt(-1), service + ": " + output);
    }

    private static String run(List<String> command, int seconds) throws Exception {
        return run(command, seconds, null);
    }

    private static String run(List<String> command, int seconds, Path stdout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(stdout == null);
        if (stdout != null) {
            builder.redirectOutput(stdout.toFile());
        }
        Process process = builder.start();
        String output = new String(stdout == null
                ? process.getInputStream().readAllBytes()
                : process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + seconds + " s");
        }
        if (stdout == null && process.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + output);
        }
        return output;
    }
}
