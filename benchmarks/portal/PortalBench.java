// The portal's pages against the API calls they make, and the live overview against Kafka (issues: portal, parts 1
// and 2). Only the JDK (and kcat for the topic's timestamps): run as a single source file.
//
//   java benchmarks/portal/PortalBench.java --mode letter --portal URL --keycloak URL --token TOKEN --apis URLS
//        [--users N] [--seconds S] [--warmup S] [--path /brev/2025/HEL]
//     N readers signed in through the real Keycloak login form (one cookie jar each), with N threads at once for S
//     seconds each: the letter page, the letter's PDF, and the same API calls the page makes, in turn, with a bearer
//     token. Time to first and last byte, p50 and p99, and the ratio page / API calls.
//
//   java benchmarks/portal/PortalBench.java --mode overview --portal URL --keycloak URL --token TOKEN --apis URLS
//        [--users N] [--seconds S] [--warmup S] [--path /perioder/2024-Y]
//     The same for the department's period overview (N department sessions) and the five API calls it makes.
//
//   java benchmarks/portal/PortalBench.java --mode live --portal URL --keycloak URL --token TOKEN --apis URLS
//        --kafka HOST:PORT --periods 2024-M01,2024-M02,... [--reports 48]
//     For each period in turn: a department session opens the overview's live feed (the server-sent events the page's
//     script reads), the period is closed through the API, and the time from the close request to each report on the
//     feed is taken; beside it, the time from the close request to each report's record on the Kafka topics (their
//     timestamps, read with kcat). p50 and p99 over the closes of the last report on the feed and on the topics.

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

public class PortalBench {

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
        String mode = a.getOrDefault("mode", "letter");
        if (mode.equals("live")) {
            live(portal, keycloak, token, apis, a);
            return;
        }
        if (mode.equals("overview")) {
            overview(portal, keycloak, token, apis, users, seconds, warmup, a.getOrDefault("path", "/perioder/2024-Y"));
            return;
        }
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
        Function<Integer, Timing> apiCalls = i -> inTurn(api, calls, token);

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

    /** The department's period overview against the API calls it makes (period, units, the three previews). */
    static void overview(String portal, String keycloak, String token, String[] apis, int users, int seconds, int warmup,
            String path) throws Exception {
        String period = path.substring(path.lastIndexOf('/') + 1);
        List<HttpClient> staff = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            staff.add(signIn(portal, keycloak, path, "admin-hls"));
        }
        System.err.println("bench: " + users + " department sessions signed in through the Keycloak login form");
        HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> calls = List.of(apis[0] + "/api/v1/periods/" + period, apis[0] + "/api/v1/units?page=0&size=1000",
                apis[2] + "/api/v1/period-reports/" + period + "/preview",
                apis[1] + "/api/v1/period-reports/" + period + "/preview",
                apis[3] + "/api/v1/period-reports/" + period + "/preview");
        Function<Integer, Timing> page = i -> get(staff.get(i), portal + path, null);
        Function<Integer, Timing> apiCalls = i -> inTurn(api, calls, token);
        run(page, users, warmup);
        run(apiCalls, users, warmup);
        List<Timing> pages = run(page, users, seconds);
        List<Timing> apiTimes = run(apiCalls, users, seconds);
        System.out.printf("%-34s %8s %10s %10s %10s %10s%n", "target (" + users + " at once, " + seconds + " s)", "count",
                "TTFB p50", "TTFB p99", "TTLB p50", "TTLB p99");
        print("overview page " + path, pages);
        print("its 5 API calls, in turn", apiTimes);
        System.out.printf("page / API calls, last byte: p50 %.2f, p99 %.2f%n",
                percentile(pages, 50, false) / percentile(apiTimes, 50, false),
                percentile(pages, 99, false) / percentile(apiTimes, 99, false));
    }

    /** Close → every report on the overview's live feed, beside close → every report's record on the topics. */
    static void live(String portal, String keycloak, String token, String[] apis, Map<String, String> a)
            throws Exception {
        String[] periods = a.get("periods").split(",");
        int expected = Integer.parseInt(a.getOrDefault("reports", "48"));
        HttpClient staff = signIn(portal, keycloak, "/perioder/" + periods[0], "admin-hls");
        HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> feedLast = new ArrayList<>();
        List<Long> feedFirst = new ArrayList<>();
        List<Long> topicLast = new ArrayList<>();
        List<Long> topicFirst = new ArrayList<>();
        Pattern unit = Pattern.compile("\"unit\":\"([^\"]+)\"");
        System.out.printf("%-10s %14s %14s %14s %14s %8s%n", "period", "feed first", "feed last", "topic first",
                "topic last", "reports");
        for (String period : periods) {
            List<Long> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(expected);
            var feed = staff.sendAsync(HttpRequest.newBuilder(URI.create(portal + "/perioder/" + period + "/hendelser"))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> {
                        open.countDown();
                        r.body().forEach(line -> {
                            if (line.startsWith("data:") && unit.matcher(line).find()) {
                                arrivals.add(System.currentTimeMillis());
                                all.countDown();
                            }
                        });
                    });
            if (!open.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the live feed of " + period + " did not open");
            }
            Thread.sleep(300); // the feed's subscription is in place once its headers are sent; a margin all the same
            long closedAt = System.currentTimeMillis();
            HttpResponse<String> close = api.send(HttpRequest.newBuilder(URI.create(apis[0] + "/api/v1/periods/"
                    + period + "/close")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (close.statusCode() != 200) {
                throw new IllegalStateException("closing " + period + " answered " + close.statusCode() + ": "
                        + close.body());
            }
            if (!all.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException(period + ": " + arrivals.size() + " of " + expected
                        + " reports on the feed after 60 s");
            }
            feed.cancel(true);
            List<Long> onTopics = topicTimestamps(a.get("kafka"), period, closedAt, expected);
            long ff = java.util.Collections.min(arrivals) - closedAt;
            long fl = java.util.Collections.max(arrivals) - closedAt;
            long tf = java.util.Collections.min(onTopics) - closedAt;
            long tl = java.util.Collections.max(onTopics) - closedAt;
            feedFirst.add(ff);
            feedLast.add(fl);
            topicFirst.add(tf);
            topicLast.add(tl);
            System.out.printf("%-10s %11d ms %11d ms %11d ms %11d ms %8d%n", period, ff, fl, tf, tl, onTopics.size());
        }
        System.out.printf("over %d closes: last report on the feed p50 %d ms, p99 %d ms; on the topics p50 %d ms, "
                + "p99 %d ms; the portal adds p50 %d ms%n", periods.length, pct(feedLast, 50), pct(feedLast, 99),
                pct(topicLast, 50), pct(topicLast, 99), pct(feedLast, 50) - pct(topicLast, 50));
    }

    /** The producer timestamps of the period's report records on the three report topics, read with kcat. */
    static List<Long> topicTimestamps(String kafka, String period, long from, int expected) throws Exception {
        List<Long> stamps = new ArrayList<>();
        for (String topic : List.of("styring.indicator.reports", "styring.budget.reports", "styring.climate.reports")) {
            Process kcat = new ProcessBuilder("kcat", "-C", "-b", kafka, "-t", topic, "-o", "s@" + (from - 1000), "-e",
                    "-q", "-f", "%T %h\n").redirectErrorStream(true).start();
            for (String line : new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.contains("/" + period + ",") || line.endsWith("/" + period)) {
                    long t = Long.parseLong(line.substring(0, line.indexOf(' ')));
                    if (t >= from) {
                        stamps.add(t);
                    }
                }
            }
            kcat.waitFor();
        }
        if (stamps.size() < expected) {
            throw new IllegalStateException(period + ": " + stamps.size() + " of " + expected + " reports on the topics");
        }
        return stamps;
    }

    static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static Timing inTurn(HttpClient api, List<String> calls, String token) {
        long t0 = System.nanoTime();
        long first = -1;
        for (String call : calls) {
            Timing t = get(api, call, token);
            if (first < 0) {
                first = t.firstByteNanos();
            }
        }
        return new Timing(first, System.nanoTime() - t0);
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
