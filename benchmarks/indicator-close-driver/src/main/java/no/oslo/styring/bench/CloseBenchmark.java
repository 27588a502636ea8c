package no.oslo.styring.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.PeriodClosedV1;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.contract.UnitUpsertedV1;

/**
 * One scenario of the indicator close benchmark: N units, each with K indicators due and (mostly) reported in the
 * årsberetning of a year; the time from the period close to the last of the N report events, next to a raw produce of N
 * records of the same size on the same broker. Everything goes through the real service: units from styring.units, the
 * letter through its import API, the measurements through its bulk upload, the close as the assignment-service's event.
 *
 * <pre>
 * java -cp … no.oslo.styring.bench.CloseBenchmark --kafka 127.0.0.1:29092 --api http://127.0.0.1:28083 --token … \
 *     --units 65 --indicators 30 --period 2097-Y
 * </pre>
 */
public final class CloseBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String SOURCE = "/styring/benchmark";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private CloseBenchmark() {
    }

    /** The command line's {@code --name value} pairs, by name. */
    static Map<String, String> options(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        return args;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = options(argv);
        String kafka = args.get("kafka");
        String api = args.get("api");
        String token = args.get("token");
        int units = Integer.parseInt(args.get("units"));
        int indicators = Integer.parseInt(args.get("indicators"));
        String period = args.get("period");
        int year = Integer.parseInt(period.substring(0, 4));
        String prefix = args.getOrDefault("prefix", "B");
        killAfterMs = Long.parseLong(args.getOrDefault("kill-after", "0"));
        killCommand = args.get("kill-command");
        List<String> codes = new ArrayList<>();
        for (int u = 1; u <= units; u++) {
            codes.add(prefix + "%05d".formatted(u));
        }
        log("scenario: %d units x %d indicators (%d series), period %s", units, indicators, units * indicators, period);

        try (KafkaProducer<String, String> producer = producer(kafka)) {
            long t = System.nanoTime();
            for (String code : codes) {
                producer.send(event(Topics.UNITS, code, EventTypes.UNIT_UPSERTED, code,
                        JSON.writeValueAsString(new UnitUpsertedV1(code, "Benchmark unit " + code, "DISTRICT", List.of()))));
            }
            producer.flush();
            log("units published on %s in %d ms", Topics.UNITS, ms(t));
            t = System.nanoTime();
            awaitKnown(api, token, codes);
            log("the indicator-service knows them after %d ms", ms(t));

            t = System.nanoTime();
            String letter = letter(year, codes, indicators);
            HttpResponse<String> imported = null;
            for (int attempt = 0; attempt < 60; attempt++) {
                imported = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/indicator-imports"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(letter)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (imported.statusCode() == 201) {
                    break;
                }
                Thread.sleep(1000);
            }
            require(imported.statusCode() == 201, "letter import answered " + imported.statusCode() + ": " + imported.body());
            log("letter imported (%d bytes) in %d ms", letter.length(), ms(t));

            boolean warmup = Boolean.parseBoolean(args.getOrDefault("warmup", "false"));
            List<String> periods = warmup ? List.of(year + "-Q1", period) : List.of(period);
            for (String closing : periods) {
                boolean measured = closing.equals(period);
                if (!measured) {
                    log("warm-up: the same upload and close for %s first (JIT, connection pools)", closing);
                }
                closeAndMeasure(kafka, api, token, producer, codes, indicators, closing, measured);
            }
        }
    }

    private static long killAfterMs;
    private static String killCommand;

    private static void closeAndMeasure(String kafka, String api, String token, KafkaProducer<String, String> producer,
            List<String> codes, int indicators, String period, boolean measured) throws Exception {
        int units = codes.size();
        int year = Integer.parseInt(period.substring(0, 4));
        StringBuilder csv = new StringBuilder("unit,periodId,indicator,value\n");
        int rows = 0;
        for (int u = 0; u < units; u++) {
            for (int i = 1; i <= indicators; i++) {
                if ((u + i) % 10 == 0) {
                    continue; // one series in ten is not reported: listed as missing
                }
                csv.append(codes.get(u)).append(',').append(period).append(",close-%02d,".formatted(i))
                        .append((u * 31 + i * 17) % 1000).append('\n');
                rows++;
            }
        }
        long t = System.nanoTime();
        HttpResponse<String> uploaded = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/measurements/bulk"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        require(uploaded.statusCode() == 201, "bulk upload answered " + uploaded.statusCode() + ": " + uploaded.body());
        long uploadMs = ms(t);
        log("%d measurements uploaded in %d ms (%.0f rows/s)", rows, uploadMs, rows * 1000.0 / uploadMs);

        try (KafkaConsumer<String, String> consumer = consumer(kafka)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INDICATOR_REPORTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            boolean annual = period.endsWith("-Y");
            PeriodClosedV1 close = new PeriodClosedV1(period, annual ? "YEAR" : "QUARTER", year,
                    LocalDate.of(year, 1, 1), annual ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 3, 31),
                    annual ? LocalDate.of(year + 1, 2, 15) : LocalDate.of(year, 4, 20), Instant.now(), "benchmark", 1);
            long closedAt = System.nanoTime();
            producer.send(event(Topics.PERIODS, period, EventTypes.PERIOD_CLOSED, period, JSON.writeValueAsString(close)))
                    .get();
            if (killAfterMs > 0 && measured) {
                // the fault: the service is killed part-way through the close, and started again
                Thread killer = new Thread(() -> {
                    try {
                        Thread.sleep(killAfterMs);
                        log("SIGKILL to the service %d ms after the close, and a new start", killAfterMs);
                        new ProcessBuilder("bash", killCommand).inheritIO().start().waitFor();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                killer.setDaemon(true);
                killer.start();
            }
            Set<String> expected = new HashSet<>(codes);
            Set<String> reported = new HashSet<>();
            Map<String, String> eventOf = new HashMap<>();
            int redelivered = 0;
            int twice = 0;
            long bytes = 0;
            long first = 0;
            long last = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (reported.size() < units && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    Header subject = r.headers().lastHeader("ce_subject");
                    boolean ours = subject != null
                            && new String(subject.value(), StandardCharsets.UTF_8).endsWith("/" + period)
                            && expected.contains(r.key());
                    if (ours) {
                        // the relay may send an event again after a crash (same ce_id); a second report has another id
                        String id = new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
                        String before = eventOf.putIfAbsent(r.key(), id);
                        if (before != null) {
                            if (before.equals(id)) {
                                redelivered++;
                            } else {
                                twice++;
                            }
                        }
                    }
                    if (ours && reported.add(r.key())) {
                        bytes += r.value().length();
                        last = System.nanoTime();
                        if (first == 0) {
                            first = last;
                        }
                    }
                }
            }
            require(reported.size() == units, "only " + reported.size() + " of " + units + " reports within 30 min");
            long closeMs = (last - closedAt) / 1_000_000;
            long firstMs = (first - closedAt) / 1_000_000;
            int avg = (int) (bytes / units);
            log("close -> first report %d ms, -> last report %d ms (%d reports, %d bytes each on average)", firstMs,
                    closeMs, units, avg);
            // a little longer, for a second report of a unit that would come after its first
            long settle = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < settle) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Header subject = r.headers().lastHeader("ce_subject");
                    if (subject != null && new String(subject.value(), StandardCharsets.UTF_8).endsWith("/" + period)
                            && expected.contains(r.key())) {
                        String id = new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
                        if (id.equals(eventOf.get(r.key()))) {
                            redelivered++;
                        } else {
                            twice++;
                        }
                    }
                }
            }
            log("units reported twice (two report events): %d; report events delivered again (same ce_id): %d", twice,
                    redelivered);

            if (!measured) {
                return;
            }
            long rawMs = rawProduce(kafka, producer, codes, avg, partitions.size());
            log("raw produce of %d records of %d bytes: %d ms", units, avg, rawMs);
            System.out.printf("RESULT units=%d indicators=%d series=%d upload_rows=%d upload_ms=%d close_to_first_ms=%d "
                    + "close_to_last_ms=%d raw_produce_ms=%d report_bytes=%d reported_twice=%d redelivered=%d%n", units,
                    indicators, units * indicators, rows, uploadMs, firstMs, closeMs, rawMs, avg, twice, redelivered);
        }
    }

    /** N records of the reports' average size, keyed like them, to a scratch topic with as many partitions. */
    private static long rawProduce(String kafka, KafkaProducer<String, String> producer, List<String> codes, int size,
            int partitions) throws Exception {
        String topic = "styring.bench.raw";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        String payload = "x".repeat(size);
        long t = System.nanoTime();
        for (String code : codes) {
            producer.send(event(topic, code, EventTypes.INDICATOR_REPORT, code + "/raw", payload));
        }
        producer.flush();
        return ms(t);
    }

    private static String letter(int year, List<String> codes, int indicators) throws Exception {
        Map<String, Object> letter = new HashMap<>();
        letter.put("format", "styring.indicator-import.v2");
        letter.put("letter", Map.of("year", year, "title", "Benchmark " + year, "units", codes));
        letter.put("goals", List.of(Map.of("key", "B", "level", "FUNKSJONSOMRADE", "code", "B", "title", "Benchmark")));
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 1; i <= indicators; i++) {
            list.add(Map.of("code", "close-%02d".formatted(i), "goal", "B", "name", "Benchmark indicator " + i, "measure",
                    "COUNT", "direction", i % 2 == 0 ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER", "reportingPoints",
                    List.of("Q", "Y"),
                    "targets", List.of(Map.of("year", year, "target", i % 2 == 0 ? ">=500" : "<=500"))));
        }
        letter.put("indicators", list);
        return JSON.writeValueAsString(letter);
    }

    private static void awaitKnown(String api, String token, List<String> codes) throws Exception {
        String lastCode = codes.get(codes.size() - 1);
        for (int attempt = 0; attempt < 1200; attempt++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/units"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("\"" + lastCode + "\"")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the indicator-service did not learn the units within 10 minutes");
    }

    private static ProducerRecord<String, String> event(String topic, String key, String type, String subject,
            String json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes(UUID.randomUUID().toString()));
        headers.add("ce_source", bytes(SOURCE));
        headers.add("ce_type", bytes(type));
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_time", bytes(OffsetDateTime.now().toString()));
        headers.add("ce_subject", bytes(subject));
        headers.add("content-type", bytes("application/json"));
        return new ProducerRecord<>(topic, null, key, json, headers);
    }

    private static KafkaProducer<String, String> producer(String kafka) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        // as the services' outbox relay: every record acknowledged by the broker, idempotent, 1 ms linger
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static KafkaConsumer<String, String> consumer(String kafka) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        return new KafkaConsumer<>(p);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("[close-bench] " + format + "%n", args);
    }
}
