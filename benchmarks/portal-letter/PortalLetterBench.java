// The portal's letter page and PDF against the API calls the page makes (issue: portal, part 1).
//
//   java benchmarks/portal-letter/PortalLetterBench.java --portal URL --keycloak URL --token TOKEN --apis URLS
//        [--users N] [--seconds S] [--warmup S] [--path /brev/2025/HEL]
//
// Signs N readers in through the real Keycloak login form (the portal's code flow, one cookie jar each), then, with N
// threads at once for S seconds each: the letter page, the letter's PDF, and the same API calls the page makes, one
// after the other as the portal makes them, with a bearer token. Prints time to first byte and to last byte, p50 and
// p99, and the ratio page / API calls. Only the JDK: run as a single source file.

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PortalLetterBench {

    record Timing(long firstByteNanos, long lastByteNanos) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String portal = a.get("portal");
        String keycloak = a.get("keycloak");
        String token = a.get("token");
        String[] apis = a.get("apis").split(",");
        int users = Integer.parseInt(a.getOrDefault("users", "16"));
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "15"));
        String path = a.getOrDefault("path", "/brev/2025/HEL");
        String[] parts = path.split("/");
        String year = parts[2];
        String unit = parts[3];

        List<HttpClient> readers = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            readers.add(signIn(portal, keycloak, path, "leser"));
        }
        System.err.println("bench: " + users + " readers signed in through the Keycloak login form");

        HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // the calls LetterService makes for one page, in its order (assignment, indicator x2, climate, budget x5,
        // assignment oppdrag, units)
        List<String> calls = List.of(apis[0] + "/api/v1/letters?year=" + year + "&unit=" + unit,
                apis[2] + "/api/v1/goals?year=" + year + "&unit=" + unit,
                apis[2] + "/api/v1/indicators?year=" + year + "&unit=" + unit,
                apis[3] + "/api/v1/climate-measures?year=" + year + "&unit=" + unit,
                apis[1] + "/api/v1/budget-frames?year=" + year + "&unit=" + unit,
                apis[1] + "/api/v1/investments?year=" + year + "&unit=" + unit,
                apis[1] + "/api/v1/district-distribution?year=" + year,
                apis[1] + "/api/v1/earmarked-funds?year=" + year + "&unit=" + unit,
                apis[1] + "/api/v1/budget-assumptions?year=" + year + "&unit=" + unit,
                apis[0] + "/api/v1/oppdrag?year=" + year + "&unit=" + unit,
                apis[0] + "/api/v1/units?page=0&size=1000");

        Function<Integer, Timing> page = i -> get(readers.get(i), portal + path, null);
        Function<Integer, Timing> pdf = i -> get(readers.get(i), portal + path + "/pdf", null);
        Function<Integer, Timing> apiCalls = i -> {
            long t0 = System.nanoTime();
            long first = -1;
            for (String call : calls) {
                Timing t = get(api, call, token);
                if (first < 0) {
                    first = t.firstByteNanos();
                }
            }
            return new Timing(first, System.nanoTime() - t0);
        };

        for (var target : List.of(Map.entry("warm-up page", page), Map.entry("warm-up pdf", pdf),
                Map.entry("warm-up api", apiCalls))) {
            run(target.getValue(), users, warmup);
        }
        List<Timing> pages = run(page, users, seconds);
        List<Timing> apiTimes = run(apiCalls, users, seconds);
        List<Timing> pdfs = run(pdf, users, seconds);

        System.out.printf("%-34s %8s %10s %10s %10s %10s%n", "target (" + users + " at once, " + seconds + " s)", "count",
                "TTFB p50", "TTFB p99", "TTLB p50", "TTLB p99");
        print("letter page " + path, pages);
        print("letter PDF " + path + "/pdf", pdfs);
        print("the page's 11 API calls, in turn", apiTimes);
        double ratio = percentile(pages, 50, false) / percentile(apiTimes, 50, false);
        double ratio99 = percentile(pages, 99, false) / percentile(apiTimes, 99, false);
        System.out.printf("page / API calls, last byte: p50 %.2f, p99 %.2f%n", ratio, ratio99);
    }

    /** The portal's code flow through the real Keycloak login form; the returned client holds the session cookie. */
    static HttpClient signIn(String portal, String keycloak, String path, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new Jar())
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(portal + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(login.body());
        if (!login.uri().toString().startsWith(keycloak) || !action.find()) {
            throw new IllegalStateException("no Keycloak login form at " + login.uri());
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=styring&credentialId=";
        HttpResponse<String> back = client.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (back.statusCode() != 200 || !back.uri().toString().startsWith(portal)) {
            throw new IllegalStateException("sign-in ended at " + back.uri() + " with " + back.statusCode());
        }
        return client;
    }

    /**
     * One reader's cookies by host and name, whatever their attributes: the JDK's CookieManager sends no Secure cookie
     * over http, and Keycloak marks its login cookies Secure even on the local stack (browsers trust 127.0.0.1).
     */
    static final class Jar extends java.net.CookieHandler {
        private final Map<String, Map<String, String>> byHost = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            Map<String, String> cookies = byHost.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
            if (cookies.isEmpty()) {
                return Map.of();
            }
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
                    .append(value));
            return Map.of("Cookie", List.of(header.toString()));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            for (var entry : headers.entrySet()) {
                if (entry.getKey() == null || !entry.getKey().equalsIgnoreCase("Set-Cookie")) {
                    continue;
                }
                for (String cookie : entry.getValue()) {
                    String pair = cookie.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        var jar = byHost.computeIfAbsent(uri.getHost() + ":" + uri.getPort(),
                                h -> new java.util.concurrent.ConcurrentHashMap<>());
                        String value = pair.substring(eq + 1);
                        if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
                            jar.remove(pair.substring(0, eq));
                        } else {
                            jar.put(pair.substring(0, eq), value);
                        }
                    }
                }
            }
        }
    }

    static Timing get(HttpClient client, String url, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            long t0 = System.nanoTime();
            HttpResponse<InputStream> r = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                int first = in.read();
                long firstByte = System.nanoTime() - t0;
                if (r.statusCode() != 200 || first < 0) {
                    throw new IllegalStateException(url + " answered " + r.statusCode());
                }
                in.readAllBytes();
                return new Timing(firstByte, System.nanoTime() - t0);
            }
        } catch (Exception e) {
            throw new IllegalStateException(url + ": " + e, e);
        }
    }

    static List<Timing> run(Function<Integer, Timing> target, int users, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Timing>>> futures = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int user = i;
            Callable<List<Timing>> loop = () -> {
                List<Timing> out = new ArrayList<>();
                while (System.nanoTime() < end) {
                    out.add(target.apply(user));
                }
                return out;
            };
            futures.add(pool.submit(loop));
        }
        List<Timing> all = new ArrayList<>();
        for (var f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    static double percentile(List<Timing> timings, int p, boolean firstByte) {
        List<Long> values = new ArrayList<>();
        timings.forEach(t -> values.add(firstByte ? t.firstByteNanos() : t.lastByteNanos()));
        Collections.sort(values);
        int index = (int) Math.ceil(p / 100.0 * values.size()) - 1;
        return values.get(Math.max(0, index)) / 1e6;
    }

    static void print(String name, List<Timing> timings) {
        System.out.printf("%-34s %8d %8.1f ms %7.1f ms %7.1f ms %7.1f ms%n", name, timings.size(),
                percentile(timings, 50, true), percentile(timings, 99, true), percentile(timings, 50, false),
                percentile(timings, 99, false));
    }
}
