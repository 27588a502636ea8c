package no.oslo.styring.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import no.oslo.styring.contract.Topics;

/**
 * The city-scale close benchmark (issue: close latency, goal 1), against the running stack with the seed letters: the time
 * from a close request ({@code POST /api/v1/periods/{period}/close} on the assignment-service) to the last report of the
 * period on each of the three report topics, as this process receives them, over many closes; and in the same run, on the
 * same broker, the produce→consume latency of single records of the reports' size, produced with the outbox relay's
 * settings and received by the same consumer. The closes are those of fresh years the benchmark creates
 * ({@code POST /api/v1/years/{year}/periods}): months, quarters, tertials and the year (half-years carry no reporting).
 *
 * <pre>
 * java -cp … no.oslo.styring.bench.CityCloseBenchmark --kafka 127.0.0.1:9092 --api http://127.0.0.1:8081 --token … \
 *     [--closes 30] [--warmup 5] [--samples 1000]
 * </pre>
 */
public final class CityCloseBenchmark {

    private static final List<String> REPORT_TOPICS = List.of(Topics.BUDGET_REPORTS, Topics.INDICATOR_REPORTS,
            Topics.CLIMATE_REPORTS);
    private static final String LATENCY_TOPIC = "styring.bench.latency";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern PERIOD_ID = Pattern.compile("\"id\":\"(\\d{4}-(M\\d\\d|Q\\d|T\\d|Y))\"");

    /** Receive times (nanoTime) of the reports of each period, per topic. */
    private static final Map<String, Map<String, List<Long>>> RECEIVED = new ConcurrentHashMap<>();
    /** Receive times of the latency probes, by probe number. */
    private static final Map<Integer, Long> PROBES = new ConcurrentHashMap<>();
    private static final AtomicInteger PROBE_IDS = new AtomicInteger();

    private CityCloseBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = CloseBenchmark.options(argv);
        String kafka = args.get("kafka");
        String api = args.get("api");
        String token = args.get("token");
        int closes = Integer.parseInt(args.getOrDefault("closes", "30"));
        int warmup = Integer.parseInt(args.getOrDefault("warmup", "5"));
        int samples = Integer.parseInt(args.getOrDefault("samples", "1000"));

        List<String> periods = freshPeriods(api, token, closes + warmup);
        createTopic(kafka, LATENCY_TOPIC);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread poller = startConsumer(kafka, running);
        try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
            Thread.sleep(2000); // the consumer is assigned and at the end of every partition

            Map<String, Integer> expected = null;
            List<Long> last = new ArrayList<>();
            List<Long> first = new ArrayList<>();
            List<Long> answer = new ArrayList<>();
            List<Long> probeLatencies = new ArrayList<>(probe(producer, samples / 2));
            for (int i = 0; i < periods.size(); i++) {
                String period = periods.get(i);
                RECEIVED.put(period, new ConcurrentHashMap<>());
                long t0 = System.nanoTime();
                HttpResponse<String> closed = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/periods/" + period
                        + "/close")).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody())
                        .build(), HttpResponse.BodyHandlers.ofString());
                long answered = System.nanoTime() - t0;
                require(closed.statusCode() == 200, "closing " + period + " answered " + closed.statusCode() + ": "
                        + closed.body());
                if (expected == null) {
                    // the first close tells how many reports each service publishes per close (its reporting units)
                    Thread.sleep(5000);
                    expected = new HashMap<>();
                    for (String topic : REPORT_TOPICS) {
                        int n = RECEIVED.get(period).getOrDefault(topic, List.of()).size();
                        require(n > 0, "no report of " + period + " on " + topic + " within 5 s");
                        expected.put(topic, n);
                    }
                    log("reports per close: %s", expected);
                    continue;
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (!complete(period, expected) && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                require(complete(period, expected), "the reports of " + period + " did not all arrive within 60 s: "
                        + counts(period));
                long firstAt = Long.MAX_VALUE;
                long lastAt = 0;
                StringBuilder perTopic = new StringBuilder();
                for (String topic : REPORT_TOPICS) {
                    List<Long> times = RECEIVED.get(period).get(topic);
                    long topicLast = times.stream().mapToLong(Long::longValue).max().orElseThrow();
                    firstAt = Math.min(firstAt, times.stream().mapToLong(Long::longValue).min().orElseThrow());
                    lastAt = Math.max(lastAt, topicLast);
                    perTopic.append(' ').append(topic.replace("styring.", "").replace(".reports", "")).append('=')
                            .append(ms(topicLast - t0));
                }
                log("%-8s answered %3d ms, first report %4d ms, last report %4d ms (last per topic:%s)%s", period,
                        answered / 1_000_000, ms(firstAt - t0), ms(lastAt - t0), perTopic, i < warmup ? "  warm-up" : "");
                if (i >= warmup) {
                    last.add(lastAt - t0);
                    first.add(firstAt - t0);
                    answer.add(answered);
                }
                Thread.sleep(1000); // the services settle (their relays' sweeps, commits) before the next close
            }
            probeLatencies.addAll(probe(producer, samples - samples / 2));

            long produceP50 = percentile(probeLatencies, 50);
            long produceP99 = percentile(probeLatencies, 99);
            System.out.printf("RESULT closes=%d answer_p50_us=%d first_p50_us=%d last_p50_us=%d last_p99_us=%d "
                    + "last_max_us=%d produce_samples=%d produce_p50_us=%d produce_p99_us=%d%n", last.size(),
                    percentile(answer, 50) / 1000, percentile(first, 50) / 1000, percentile(last, 50) / 1000,
                    percentile(last, 99) / 1000, percentile(last, 100) / 1000, probeLatencies.size(), produceP50 / 1000,
                    produceP99 / 1000);
        } finally {
            running.set(false);
            poller.join(5000);
        }
    }

    /** Single records of 10 KB (a report's size), one at a time, 5 ms apart: produce → this process's consumer. */
    private static List<Long> probe(KafkaProducer<String, byte[]> producer, int n) throws Exception {
        byte[] payload = new byte[10_000];
        List<Long> latencies = new ArrayList<>();
        int base = PROBE_IDS.getAndAdd(n);
        for (int i = 0; i < n; i++) {
            int id = base + i;
            long sent = System.nanoTime();
            RecordHeaders headers = new RecordHeaders();
            headers.add("probe", Integer.toString(id).getBytes(StandardCharsets.UTF_8));
            producer.send(new ProducerRecord<>(LATENCY_TOPIC, null, "probe-" + (i % 16), payload, headers));
            long deadline = sent + Duration.ofSeconds(10).toNanos();
            while (!PROBES.containsKey(id) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            Long received = PROBES.get(id);
            require(received != null, "probe " + i + " was not received within 10 s");
            latencies.add(received - sent);
            Thread.sleep(5);
        }
        return latencies;
    }

    private static Thread startConsumer(String kafka, AtomicBoolean running) {
        Thread t = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = consumer(kafka)) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : concat(REPORT_TOPICS, LATENCY_TOPIC)) {
                    for (PartitionInfo p : consumer.partitionsFor(topic)) {
                        partitions.add(new TopicPartition(p.topic(), p.partition()));
                    }
                }
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        if (r.topic().equals(LATENCY_TOPIC)) {
                            Header probe = r.headers().lastHeader("probe");
                            PROBES.put(Integer.parseInt(new String(probe.value(), StandardCharsets.UTF_8)), now);
                            continue;
                        }
                        Header subject = r.headers().lastHeader("ce_subject");
                        if (subject == null) {
                            continue;
                        }
                        String s = new String(subject.value(), StandardCharsets.UTF_8);
                        String period = s.substring(s.indexOf('/') + 1);
                        Map<String, List<Long>> byTopic = RECEIVED.get(period);
                        if (byTopic != null) {
                            byTopic.computeIfAbsent(r.topic(), k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(now);
                        }
                    }
                }
            }
        }, "bench-consumer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static boolean complete(String period, Map<String, Integer> expected) {
        Map<String, List<Long>> byTopic = RECEIVED.get(period);
        return expected.entrySet().stream()
                .allMatch(e -> byTopic.getOrDefault(e.getKey(), List.of()).size() >= e.getValue());
    }

    private static Map<String, Integer> counts(String period) {
        Map<String, Integer> counts = new HashMap<>();
        RECEIVED.get(period).forEach((topic, times) -> counts.put(topic, times.size()));
        return counts;
    }

    /** Periods of years created for the benchmark (the first years from 2100 that have none), in closing order. */
    private static List<String> freshPeriods(String api, String token, int needed) throws Exception {
        List<String> periods = new ArrayList<>();
        for (int year = 2100; periods.size() < needed && year < 2400; year++) {
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/years/" + year
                    + "/periods")).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                continue; // the year exists (an earlier run): its periods may be closed
            }
            Matcher m = PERIOD_ID.matcher(created.body());
            List<String> ofYear = new ArrayList<>();
            while (m.find()) {
                ofYear.add(m.group(1));
            }
            if (ofYear.isEmpty()) {
                HttpResponse<String> listed = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/periods?year="
                        + year)).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                m = PERIOD_ID.matcher(listed.body());
                while (m.find()) {
                    ofYear.add(m.group(1));
                }
            }
            periods.addAll(ofYear);
            log("created the periods of %d (%d with reporting)", year, ofYear.size());
        }
        require(periods.size() >= needed, "could not create enough periods");
        return periods.subList(0, needed);
    }

    private static void createTopic(String kafka, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static KafkaProducer<String, byte[]> producer(String kafka) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        // as the services' outbox relay: acknowledged by the broker, idempotent, 1 ms linger
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    /** A consumer with the client's defaults, as a dashboard would have; the same for the reports and the probes. */
    private static KafkaConsumer<String, byte[]> consumer(String kafka) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static List<String> concat(List<String> list, String one) {
        List<String> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("[city-close] " + format + "%n", args);
    }
}
