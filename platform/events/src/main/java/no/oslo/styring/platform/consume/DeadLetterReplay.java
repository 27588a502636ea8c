package no.oslo.styring.platform.consume;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The operator's tool for dead letters: lists the dead-letter topics ({@code <topic>.dlq.<service>}) and replays one of
 * them, after the cause is fixed, to the topic its records came from. It needs only the Kafka client, so that
 * {@code ./styring dlq} runs it as a single source file with the broker's jars:
 *
 * <pre>
 * ./styring dlq list
 * ./styring dlq replay styring.periods.dlq.budget [--key KEY] [--dry-run]
 * </pre>
 *
 * Each record goes back to the topic named by its {@code dead-letter-topic} header with its original key, value and
 * headers (the {@code dead-letter-*} ones removed), so every consumer of that topic sees it again: a service's inbox skips
 * an event id it has processed, and a unit or a frame applied twice changes nothing. A whole replay commits each record
 * in the consumer group {@code styring-dlq-replay} once it is written back, so a record is replayed once and a replay
 * stopped half-way goes on where it stopped; a replay of one key ({@code --key}) commits nothing.
 */
public final class DeadLetterReplay {

    /** The consumer group of whole replays: what it has committed is replayed. */
    public static final String GROUP = "styring-dlq-replay";

    private static final String USAGE = String.join("\n",
            "usage: DeadLetterReplay [--bootstrap HOST:PORT] --list",
            "       DeadLetterReplay [--bootstrap HOST:PORT] DEAD_LETTER_TOPIC [--key KEY] [--dry-run] [--timeout SECONDS]",
            "",
            "  --list             every dead-letter topic with the records it holds and those not replayed yet",
            "  DEAD_LETTER_TOPIC  <topic>.dlq.<service>, e.g. styring.periods.dlq.budget",
            "  --key KEY          replay only the records with this key (commits nothing)",
            "  --dry-run          list what would be replayed; write and commit nothing",
            "  --timeout SECONDS  stop when no record has arrived for SECONDS (default 5)",
            "  --bootstrap        Kafka bootstrap servers (default 127.0.0.1:9092)");

    /** What a replay did. */
    public record Result(long replayed, long leftAlone) {
    }

    private DeadLetterReplay() {
    }

    public static void main(String[] args) {
        String bootstrap = "127.0.0.1:9092";
        String topic = null;
        String key = null;
        boolean dryRun = false;
        boolean list = false;
        Duration idle = Duration.ofSeconds(5);
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bootstrap" -> bootstrap = args[++i];
                    case "--list" -> list = true;
                    case "--key" -> key = args[++i];
                    case "--dry-run" -> dryRun = true;
                    case "--timeout" -> idle = Duration.ofMillis(Math.round(Double.parseDouble(args[++i]) * 1000));
                    case "-h", "--help" -> {
                        System.out.println(USAGE);
                        return;
                    }
                    default -> {
                        if (args[i].startsWith("-") || topic != null) {
                            throw new IllegalArgumentException("unexpected argument: " + args[i]);
                        }
                        topic = args[i];
                    }
                }
            }
            if (!list && topic == null) {
                throw new IllegalArgumentException("missing DEAD_LETTER_TOPIC");
            }
            if (topic != null && !topic.contains(".dlq.")) {
                throw new IllegalArgumentException(topic + " is not a dead-letter topic (<topic>.dlq.<service>)");
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            System.err.println("dlq: " + (e instanceof ArrayIndexOutOfBoundsException ? "a value is missing" : e.getMessage()));
            System.err.println(USAGE);
            System.exit(2);
        }
        try {
            if (list) {
                list(bootstrap, System.out);
            } else {
                Result result = replay(bootstrap, topic, key, dryRun, idle, System.out);
                System.err.println("dlq: " + result.replayed() + " record(s) " + (dryRun ? "to replay" : "replayed") + ", "
                        + result.leftAlone() + " left as they are");
            }
        } catch (IllegalStateException e) {
            System.err.println("dlq: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Prints every dead-letter topic with the records it holds and those the whole replays have not replayed yet. */
    public static void list(String bootstrap, PrintStream out) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps(bootstrap, GROUP))) {
            var topics = consumer.listTopics(Duration.ofSeconds(30)).entrySet().stream()
                    .filter(e -> e.getKey().contains(".dlq.")).sorted(Map.Entry.comparingByKey()).toList();
            out.printf("%-42s %8s %12s%n", "dead-letter topic", "records", "not replayed");
            for (var entry : topics) {
                List<TopicPartition> partitions = entry.getValue().stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
                long held = 0;
                long open = 0;
                for (TopicPartition p : partitions) {
                    held += end.get(p) - begin.get(p);
                    OffsetAndMetadata done = committed.get(p);
                    open += end.get(p) - Math.max(begin.get(p), done == null ? 0 : done.offset());
                }
                out.printf("%-42s %8d %12d%n", entry.getKey(), held, open);
            }
        }
    }

    /**
     * Replays the dead-letter topic's records (all not replayed yet, or only those with {@code key}) to the topics they
     * came from, and stops when nothing more has arrived for {@code idle}.
     */
    public static Result replay(String bootstrap, String topic, String key, boolean dryRun, Duration idle, PrintStream out) {
        boolean commit = key == null && !dryRun;
        String group = commit ? GROUP : GROUP + "-" + UUID.randomUUID();
        long replayed = 0;
        long leftAlone = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps(bootstrap, group));
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps(bootstrap))) {
            if (!consumer.listTopics(Duration.ofSeconds(30)).containsKey(topic)) {
                throw new IllegalStateException("topic " + topic + " does not exist");
            }
            consumer.subscribe(List.of(topic));
            long lastRecord = System.nanoTime();
            while (System.nanoTime() - lastRecord < idle.toNanos()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    lastRecord = System.nanoTime();
                    String where = topic + " partition " + record.partition() + " offset " + record.offset();
                    String origin = header(record, "dead-letter-topic");
                    if (key != null && !key.equals(text(record.key()))) {
                        continue;
                    }
                    if (origin == null || origin.isBlank()) {
                        out.println(where + " has no dead-letter-topic header; left as it is");
                        leftAlone++;
                        continue;
                    }
                    out.println((dryRun ? "would replay " : "replayed ") + where + " (" + header(record, "dead-letter-kind")
                            + ", key " + text(record.key()) + ", ce_id "
                            + text(record.headers().lastHeader("ce_id") == null
                                    ? null
                                    : record.headers().lastHeader("ce_id").value())
                            + ") to " + origin);
                    if (!dryRun) {
                        RecordHeaders headers = new RecordHeaders();
                        for (Header header : record.headers()) {
                            if (!header.key().startsWith("dead-letter-")) {
                                headers.add(header);
                            }
                        }
                        producer.send(new ProducerRecord<>(origin, null, record.key(), record.value(), headers)).get();
                    }
                    if (commit) {
                        consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                    replayed++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a record could not be written back: " + e.getCause(), e);
        }
        return new Result(replayed, leftAlone);
    }

    private static Properties consumerProps(String bootstrap, String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "styring-dlq");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // a dead-letter topic is replayed from its first record not replayed yet
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    private static Properties producerProps(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "styring-dlq-replay");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "-" : new String(bytes, StandardCharsets.UTF_8);
    }
}
