package no.oslo.styring.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every operation of the service's OpenAPI document, called by every role (#19.3): no token, a token without a role, a
 * reader, a reporter of another unit, a reporter of the unit the request names, and department staff. The request names
 * {@link #ownUnit()} wherever a parameter or field is a unit. The answers are printed as a table (and written to
 * {@code target/role-matrix.md}), and held to the rules of the security model:
 *
 * <ul>
 * <li>without a token, every operation but the open ones (open data, calendar feeds) is a 401;</li>
 * <li>a token without a role is a 403 on every operation that is not open;</li>
 * <li>a reader never writes: every POST, PUT, PATCH and DELETE is a 403;</li>
 * <li>a reporter never writes anything of another unit: no write naming the unit succeeds for another unit's reporter,
 * and where the unit's own reporter's write succeeds, the other's is a 403;</li>
 * <li>a reporter reads of another unit no more than a reader: where the other unit's reporter reads, so does a
 * reader;</li>
 * <li>no answer is a 5xx.</li>
 * </ul>
 */
public abstract class RoleMatrixBehaviour {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** A unit the service knows: the requests name it, and its reporter is the "own" one. */
    protected abstract String ownUnit();

    /** Another unit the service knows. */
    protected abstract String otherUnit();

    private record Role(String name, String token) {
    }

    @Test
    void everyOperationAnswersEachRoleAsTheSecurityModelSays() throws Exception {
        String base = OpenApiDocument.base();
        HttpClient http = OpenApiDocument.client();
        OpenApiDocument document = OpenApiDocument.read(http, ownUnit());
        // the least privileged first, so that a write that succeeds cannot change what the others are answered
        List<Role> roles = List.of(new Role("no token", null), new Role("no role", TestTokens.noRole()),
                new Role("reader", TestTokens.reader()), new Role("reporter, other unit", TestTokens.reporter(otherUnit())),
                new Role("reporter, own unit", TestTokens.reporter(ownUnit())),
                new Role("department", TestTokens.department()));

        StringBuilder table = new StringBuilder("| operation |");
        roles.forEach(r -> table.append(' ').append(r.name()).append(" |"));
        table.append("\n|---|").append("---|".repeat(roles.size())).append('\n');
        List<String> failures = new ArrayList<>();
        int operations = 0;
        for (OpenApiDocument.Operation op : document.operations()) {
            operations++;
            String url = url(document, op.path(), op.spec());
            JsonNode bodySchema = op.spec().at("/requestBody/content/application~1json/schema");
            byte[] body = bodySchema.isMissingNode() ? null : JSON.writeValueAsBytes(document.value(bodySchema, "body"));
            boolean open = document.isOpen(op);
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (Role role : roles) {
                answers.put(role.name(), send(http, base, op.method(), url, body, role.token()));
            }
            table.append("| ").append(op.key()).append(open ? " (open)" : "").append(" |");
            answers.values().forEach(s -> table.append(' ').append(s).append(" |"));
            table.append('\n');
            check(op.key(), op.method(), open, answers, failures);
        }
        Path report = Path.of("target", "role-matrix.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
        System.out.println("Role matrix (" + operations + " operations; own unit " + ownUnit() + ", other unit "
                + otherUnit() + "):\n" + table);
        assertTrue(operations > 0, "the document has no operations");
        assertTrue(failures.isEmpty(), failures.size() + " finding(s):\n" + String.join("\n", failures));
    }

    private static void check(String at, String method, boolean open, Map<String, Integer> a, List<String> failures) {
        a.forEach((role, status) -> {
            if (status >= 500) {
                failures.add(at + ": " + role + " got " + status);
            }
        });
        if (!open && a.get("no token") != 401) {
            failures.add(at + ": without a token " + a.get("no token") + ", not 401");
        }
        if (!open && a.get("no role") != 403) {
            failures.add(at + ": a token without a role got " + a.get("no role") + ", not 403");
        }
        boolean write = WRITES.contains(method);
        if (write && !open && a.get("reader") != 403) {
            failures.add(at + ": a reader got " + a.get("reader") + ", not 403");
        }
        int other = a.get("reporter, other unit");
        if (write && other / 100 == 2) {
            failures.add(at + ": another unit's reporter wrote (" + other + ")");
        }
        if (write && a.get("reporter, own unit") / 100 == 2 && other != 403) {
            failures.add(at + ": the unit's own reporter wrote, another unit's reporter got " + other + ", not 403");
        }
        if (!write && other / 100 == 2 && a.get("reader") / 100 != 2) {
            failures.add(at + ": another unit's reporter read (" + other + ") what a reader may not (" + a.get("reader")
                    + ")");
        }
    }

    private static String url(OpenApiDocument document, String template, JsonNode op) {
        String url = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            String name = p.path("name").asText();
            String value = URLEncoder.encode(document.value(p.path("schema"), name).asText(), StandardCharsets.UTF_8);
            if ("path".equals(p.path("in").asText())) {
                url = url.replace("{" + name + "}", value);
            } else if ("query".equals(p.path("in").asText())) {
                query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
            }
        }
        return url + query;
    }

    private static int send(HttpClient http, String base, String method, String url, byte[] body, String token)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "*/*");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 599;
        }
    }
}
