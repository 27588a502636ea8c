package no.oslo.styring.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Abuse of the API, generated from the service's own OpenAPI document, so that a new endpoint is fuzzed without anyone
 * adding it (#19.3). For every operation it sends requests with bad path and query parameters (wrong types, huge and
 * negative numbers, path traversal, SQL and script fragments, invalid UTF-8) and, where it takes JSON, bodies made from
 * the operation's schema and then broken: each field missing, of the wrong type, null, huge, negative, very long, with
 * SQL or script; extra fields; deep nesting; a 10 MB body; invalid UTF-8; malformed JSON. Department staff's token is
 * used, so that the requests reach validation.
 *
 * <p>
 * Every answer must be below 500; every refusal an RFC 9457 problem whose status is the answer's (but for the HTTP
 * server's own 414 and 431 on a request line or headers past its limits); a 400 or 422 names the field or parameter; no
 * answer names a Java class. The row count of every table the API writes is the same after an
 * operation's refused requests as before them. Each service's test extends this and names the tables its consumers
 * write in the background beyond the shared ones (they change while the fuzzing runs, whatever it sends).
 */
public abstract class ApiFuzzBehaviour {

    /** How many requests per service: 2 000 in the test suite; {@code ./styring fuzz} sends 10 000 ({@code -Dstyring.fuzz.requests}). */
    private static final int REQUESTS = Integer.getInteger("styring.fuzz.requests", 2_000);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What an answer must never show: a Java type or a stack trace. */
    private static final Pattern JAVA = Pattern.compile("\\b(java|javax|jakarta|com\\.fasterxml|org\\.hibernate|io\\.quarkus"
            + "|io\\.vertx|io\\.smallrye|org\\.jboss|org\\.postgresql|no\\.oslo)\\.[a-z]|\\bat [a-z]+\\.[a-z]+\\.|Exception\\b");

    /** Values for a path or query parameter, encoded for the URL (some deliberately not valid UTF-8). */
    private static final List<String> BAD_PARAMETERS = List.of("0", "-1", "20x5", "1.5", "99999999999999999999",
            "-9223372036854775809", "..%2F..%2Fetc%2Fpasswd", "..%5C..%5Cwindows", "%2e%2e%2f", "%27%20OR%201%3D1--",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%FF%FE", "%C3%28", "%00", "x".repeat(3_000), "%E6%F8%E5",
            "1e309", "NaN", "true", "%20");

    /**
     * Answers of the HTTP server itself, before any code of ours runs: a request line or headers past its limits (8 KB)
     * get 414 or 431 with no body. They are refusals all the same, and nothing is read.
     */
    private static final Set<Integer> PROTOCOL_LIMITS = Set.of(414, 431);

    /** Strings to put where the schema wants text. */
    private static final List<String> BAD_STRINGS = List.of("' OR 1=1 --", "'); DROP TABLE unit; --",
            "<script>alert(1)</script>", "../../etc/passwd", "x".repeat(100_000), "\u0000", "\uD800", "",
            "${jndi:ldap://x}", "{{7*7}}");

    /** The service's own database, for the row counts (injected into the test, as DeadLetterBehaviour's is). */
    @Inject
    DataSource database;

    /** Tables the service's consumers and relay write in the background, left out of the row counts. */
    protected Set<String> backgroundTables() {
        return Set.of("inbox_event", "outbox_event", "known_unit", "period_lock", "period_reopening", "period_report",
                "flyway_schema_history");
    }

    private record Call(String method, String path, String contentType, byte[] body, String what) {
    }

    /** An operation of the document with a request that fits it, to break in one place or several. */
    private record Operation(String method, String template, Map<String, String> path, Map<String, String> query,
            JsonNode body, String contentType, List<Call> fixed) {
    }

    private record Answer(Call call, int status, String contentType, String body) {
    }

    @Test
    void noFuzzedRequestGetsA5xxAndEveryRefusalIsAProblemNamingItsField() throws Exception {
        String base = OpenApiDocument.base();
        HttpClient http = OpenApiDocument.client();
        String token = TestTokens.department();
        OpenApiDocument document = OpenApiDocument.read(http, "HEL");
        Map<String, Operation> byOperation = operations(document);

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Long> millis = new TreeMap<>();
        int sent = 0;
        int accepted = 0;
        Random random = new Random(19);
        for (int round = 0, sentBefore = -1; sent < REQUESTS && sent > sentBefore; round++) {
            sentBefore = sent;
            for (Map.Entry<String, Operation> operation : byOperation.entrySet()) {
                List<Call> calls = round == 0 ? operation.getValue().fixed() : randomCalls(operation.getValue(), random);
                Map<String, Long> before = rowCounts();
                boolean anyAccepted = false;
                long started = System.nanoTime();
                for (Call call : calls) {
                    Answer answer = send(http, base, token, call);
                    sent++;
                    statuses.merge(answer.status(), 1, Integer::sum);
                    if (answer.status() < 400) {
                        anyAccepted = true;
                        accepted++;
                    }
                    check(answer, failures);
                }
                millis.merge(operation.getKey(), (System.nanoTime() - started) / 1_000_000, Long::sum);
                if (!anyAccepted && !operation.getKey().startsWith("GET ")) {
                    Map<String, Long> after = rowCounts();
                    if (!after.equals(before)) {
                        failures.add(operation.getKey() + ": refused requests changed rows: " + before + " -> " + after);
                    }
                }
            }
        }
        System.out.printf("API fuzz: %d requests over %d operations, %d accepted; statuses %s; slowest (ms): %s%n", sent,
                byOperation.size(), accepted, statuses, millis.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4).toList());
        java.nio.file.Path report = java.nio.file.Path.of("target", "api-fuzz-findings.txt");
        java.nio.file.Files.createDirectories(report.getParent());
        java.nio.file.Files.write(report, failures);
        assertTrue(sent >= REQUESTS, "only " + sent + " requests were made");
        assertTrue(failures.isEmpty(), failures.size() + " finding(s), the first:\n" + String.join("\n",
                failures.subList(0, Math.min(30, failures.size()))));
    }

    // ------------------------------------------------------------------ the requests

    /** Every operation, keyed "METHOD /path". */
    private Map<String, Operation> operations(OpenApiDocument document) {
        Map<String, Operation> out = new LinkedHashMap<>();
        for (OpenApiDocument.Operation op : document.operations()) {
            out.put(op.key(), operation(document, op.method(), op.path(), op.spec()));
        }
        return out;
    }

    private Operation operation(OpenApiDocument document, String method, String template, JsonNode op) {
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(parameters::add);
        Map<String, String> goodPath = new LinkedHashMap<>();
        Map<String, String> goodQuery = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            String value = URLEncoder.encode(document.value(p.path("schema"), p.path("name").asText()).asText(),
                    StandardCharsets.UTF_8);
            if ("path".equals(p.path("in").asText())) {
                goodPath.put(p.path("name").asText(), value);
            } else if ("query".equals(p.path("in").asText())) {
                goodQuery.put(p.path("name").asText(), value);
            }
        }
        JsonNode json = op.at("/requestBody/content/application~1json/schema");
        boolean csv = op.at("/requestBody/content").has("text/csv");
        JsonNode good = json.isMissingNode() ? null : document.value(json, "body");
        byte[] goodBody = good == null ? null : bytes(good);
        String type = json.isMissingNode() ? (csv ? "text/csv" : null) : "application/json";
        List<Call> calls = new ArrayList<>();
        // bad path and query parameters, one at a time, with an otherwise good request
        for (String name : goodPath.keySet()) {
            for (String bad : BAD_PARAMETERS) {
                Map<String, String> p = new LinkedHashMap<>(goodPath);
                p.put(name, bad);
                calls.add(new Call(method, url(template, p, goodQuery), type, goodBody, "path " + name + "=" + bad));
            }
        }
        for (String name : goodQuery.keySet()) {
            for (String bad : BAD_PARAMETERS) {
                Map<String, String> q = new LinkedHashMap<>(goodQuery);
                q.put(name, bad);
                calls.add(new Call(method, url(template, goodPath, q), type, goodBody, "query " + name + "=" + bad));
            }
        }
        String url = url(template, goodPath, goodQuery);
        if (goodBody != null) {
            for (Map.Entry<String, byte[]> body : badBodies(good).entrySet()) {
                calls.add(new Call(method, url, "application/json", body.getValue(), "body " + body.getKey()));
            }
        }
        if (csv) {
            calls.add(new Call(method, url, "text/csv", new byte[]{(byte) 0xC3, 0x28, ';', '\n', (byte) 0xFF},
                    "csv invalid UTF-8"));
            calls.add(new Call(method, url, "text/csv", ";;;\n\"unclosed".getBytes(StandardCharsets.UTF_8), "csv broken"));
            calls.add(new Call(method, url, "text/csv", "a;b\n".repeat(20).getBytes(StandardCharsets.UTF_8), "csv headers"));
        }
        if (calls.isEmpty()) {
            calls.add(new Call(method, url, type, goodBody, "as documented"));
        }
        return new Operation(method, template, goodPath, goodQuery, good, type, calls);
    }

    /**
     * A later round: requests broken in several places at once, at random (a fixed seed, so a finding can be
     * reproduced): some parameters bad, and up to three of the body's fields given wrong values together.
     */
    private static List<Call> randomCalls(Operation op, Random random) {
        List<Call> out = new ArrayList<>();
        if (op.path().isEmpty() && op.query().isEmpty() && op.body() == null) {
            return out;
        }
        int n = Math.max(10, op.fixed().size() / 2);
        for (int i = 0; i < n; i++) {
            Map<String, String> path = new LinkedHashMap<>(op.path());
            Map<String, String> query = new LinkedHashMap<>(op.query());
            StringBuilder what = new StringBuilder("random");
            for (Map<String, String> params : List.of(path, query)) {
                for (String name : params.keySet()) {
                    if (random.nextInt(3) == 0) {
                        String bad = BAD_PARAMETERS.get(random.nextInt(BAD_PARAMETERS.size()));
                        params.put(name, bad);
                        what.append(' ').append(name).append('=').append(bad.length() > 20 ? bad.substring(0, 20) : bad);
                    }
                }
            }
            byte[] body = op.body() == null ? null : bytes(op.body());
            if (op.body() instanceof ObjectNode object && object.size() > 0) {
                ObjectNode changed = object.deepCopy();
                List<String> names = new ArrayList<>();
                changed.fieldNames().forEachRemaining(names::add);
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    String name = names.get(random.nextInt(names.size()));
                    List<Map.Entry<String, JsonNode>> bad = new ArrayList<>(badValues(object.get(name)).entrySet());
                    Map.Entry<String, JsonNode> pick = bad.get(random.nextInt(bad.size()));
                    if (pick.getValue() == null) {
                        changed.remove(name);
                    } else {
                        changed.set(name, pick.getValue());
                    }
                    what.append(' ').append(name).append(' ').append(pick.getKey());
                }
                body = bytes(changed);
            }
            out.add(new Call(op.method(), url(op.template(), path, query), op.contentType(), body, what.toString()));
        }
        return out;
    }

    private static String url(String template, Map<String, String> path, Map<String, String> query) {
        String url = template;
        for (Map.Entry<String, String> p : path.entrySet()) {
            url = url.replace("{" + p.getKey() + "}", p.getValue());
        }
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.isEmpty() ? '?' : '&').append(k).append('=').append(v));
        return url + q;
    }

    /** Bodies that break the operation's schema in one way each. */
    private Map<String, byte[]> badBodies(JsonNode good) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("malformed", "{\"a\": 1,\n  \"b\": ".getBytes(StandardCharsets.UTF_8));
        out.put("empty", new byte[0]);
        for (String other : List.of("null", "[]", "\"text\"", "123", "true", "{}")) {
            out.put("as " + other, other.getBytes(StandardCharsets.UTF_8));
        }
        out.put("deep nesting", ("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")
                .getBytes(StandardCharsets.UTF_8));
        out.put("10 MB", ("{\"x\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
        byte[] utf8 = bytes(good);
        byte[] broken = new byte[utf8.length + 4];
        System.arraycopy(utf8, 0, broken, 0, utf8.length);
        if (utf8.length > 2 && utf8[utf8.length - 1] == '}') {
            byte[] tail = ",\"x\":\"\u00C3(\"}".getBytes(StandardCharsets.ISO_8859_1);
            broken = new byte[utf8.length - 1 + tail.length];
            System.arraycopy(utf8, 0, broken, 0, utf8.length - 1);
            System.arraycopy(tail, 0, broken, utf8.length - 1, tail.length);
        }
        out.put("invalid UTF-8", broken);
        if (good instanceof ObjectNode object) {
            ObjectNode extra = object.deepCopy();
            extra.put("unexpected", 1);
            out.put("extra field", bytes(extra));
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                for (Map.Entry<String, JsonNode> bad : badValues(object.get(name)).entrySet()) {
                    ObjectNode changed = object.deepCopy();
                    if (bad.getValue() == null) {
                        changed.remove(name);
                    } else {
                        changed.set(name, bad.getValue());
                    }
                    out.put(name + " " + bad.getKey(), bytes(changed));
                }
                // one level down: the first item's or member's fields
                JsonNode inner = object.get(name).isArray() && object.get(name).size() > 0
                        ? object.get(name).get(0)
                        : object.get(name);
                if (inner instanceof ObjectNode innerObject) {
                    for (Iterator<String> innerNames = innerObject.fieldNames(); innerNames.hasNext();) {
                        String innerName = innerNames.next();
                        for (Map.Entry<String, JsonNode> bad : badValues(innerObject.get(innerName)).entrySet()) {
                            ObjectNode changed = object.deepCopy();
                            JsonNode at = changed.get(name).isArray() ? changed.get(name).get(0) : changed.get(name);
                            if (bad.getValue() == null) {
                                ((ObjectNode) at).remove(innerName);
                            } else {
                                ((ObjectNode) at).set(innerName, bad.getValue());
                            }
                            out.put(name + "." + innerName + " " + bad.getKey(), bytes(changed));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Wrong values for a field that holds {@code good}; null means "leave the field out". */
    private static Map<String, JsonNode> badValues(JsonNode good) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("missing", null);
        out.put("null", NODES.nullNode());
        out.put("as object", NODES.objectNode().put("a", 1));
        out.put("as array", NODES.arrayNode().add(1).add("x"));
        if (good.isTextual()) {
            out.put("as number", NODES.numberNode(12));
            for (int s = 0; s < BAD_STRINGS.size(); s++) {
                out.put("string " + s, NODES.textNode(BAD_STRINGS.get(s)));
            }
        } else if (good.isNumber()) {
            out.put("as text", NODES.textNode("12x"));
            out.put("negative", NODES.numberNode(-1));
            out.put("fraction", NODES.numberNode(new java.math.BigDecimal("10.5")));
            out.put("huge", NODES.numberNode(new java.math.BigInteger("9".repeat(400))));
            out.put("past long", NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
            out.put("below long", NODES.numberNode(new java.math.BigInteger("-9223372036854775809")));
            out.put("past int", NODES.numberNode(2_147_483_648L));
        } else if (good.isBoolean()) {
            out.put("as text", NODES.textNode("ja"));
            out.put("as number", NODES.numberNode(1));
        } else if (good.isArray()) {
            out.put("as text", NODES.textNode("x"));
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < 20_000; i++) {
                many.add(good.size() > 0 ? good.get(0) : NODES.textNode("x"));
            }
            out.put("20 000 items", many);
            out.put("null item", NODES.arrayNode().addNull());
        } else if (good.isObject()) {
            out.put("as text", NODES.textNode("x"));
            out.put("empty", NODES.objectNode());
        }
        return out;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ sending and checking

    private static Answer send(HttpClient http, String base, String token, Call call) throws InterruptedException {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + call.path())).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        } catch (IllegalArgumentException notAUri) {
            // a value the client itself cannot send (java.net.URI refuses it): nothing reached the service
            return new Answer(call, 400, "application/problem+json", "{\"status\":400,\"title\":\"client\",\"errors\":"
                    + "[{\"field\":\"uri\"}]}");
        }
        HttpRequest.BodyPublisher body = call.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body());
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        request.method(call.method(), body);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(call, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Answer(call, 599, "", "no answer: " + e);
        }
    }

    private static void check(Answer a, List<String> failures) {
        String at = a.call().method() + " " + shortened(a.call().path()) + " [" + a.call().what() + "] -> " + a.status();
        if (a.status() >= 500) {
            failures.add(at + ": " + shortened(a.body()));
            return;
        }
        if (JAVA.matcher(a.body()).find()) {
            failures.add(at + ": names Java: " + shortened(a.body()));
        }
        if (a.status() < 400 || PROTOCOL_LIMITS.contains(a.status())) {
            return;
        }
        if (!a.contentType().startsWith("application/problem+json")) {
            failures.add(at + ": not a problem (" + a.contentType() + "): " + shortened(a.body()));
            return;
        }
        try {
            JsonNode problem = JSON.readTree(a.body());
            if (problem.path("status").asInt() != a.status() || problem.path("title").asText("").isBlank()) {
                failures.add(at + ": problem without its status or title: " + shortened(a.body()));
            }
            if ((a.status() == 400 || a.status() == 422)
                    && (problem.path("errors").size() == 0 || problem.path("errors").get(0).path("field").asText("")
                            .isBlank())) {
                failures.add(at + ": names no field: " + shortened(a.body()));
            }
        } catch (IOException e) {
            failures.add(at + ": problem is not JSON: " + shortened(a.body()));
        }
    }

    private static String shortened(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables where table_schema = "
                    + "current_schema() and table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    if (!backgroundTables().contains(r.getString(1))) {
                        tables.add(r.getString(1));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }
}
