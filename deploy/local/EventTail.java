// Prints the CloudEvents (Kafka binary mode) on one topic of the local broker.
//
//   ./styring events TOPIC [--from-beginning] [--max N] [--timeout SECONDS]
//
// which runs, with no build step (Java 11+ single-file source launch):
//
//   java -cp '.styring/cache/kafka-libs/*' deploy/local/EventTail.java --bootstrap 127.0.0.1:9092 TOPIC ...
//
// Joins a throw-away consumer group (nothing is committed), so it never disturbs the services'
// consumer groups. Follows new events by default; --from-beginning reads the whole topic first.
// Ctrl-C stops. Records go to stdout, status lines to stderr.

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

public class EventTail {

    private static final String USAGE = String.join("\n",
            "usage: EventTail [--bootstrap HOST:PORT] TOPIC [--from-beginning] [--max N] [--timeout SECONDS]",
            "",
            "  TOPIC              e.g. styring.periods, styring.assignments, styring.budget.reports",
            "  --bootstrap        Kafka bootstrap servers (default 127.0.0.1:9092)",
            "  --from-beginning   read the topic from its first record (default: only new events)",
            "  --max N            stop after N records",
            "  --timeout SECONDS  stop when no record has arrived for SECONDS (default: never)");

    private static final List<String> HEADERS = List.of("ce_type", "ce_subject", "ce_id", "ce_time");

    public static void main(String[] args) throws Exception {
        String bootstrap = "127.0.0.1:9092";
        String topic = null;
        boolean fromBeginning = false;
        long max = Long.MAX_VALUE;
        long timeoutMillis = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bootstrap" -> bootstrap = args[++i];
                    case "--from-beginning" -> fromBeginning = true;
                    case "--max" -> max = Long.parseLong(args[++i]);
                    case "--timeout" -> timeoutMillis = Math.round(Double.parseDouble(args[++i]) * 1000);
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
            if (topic == null) {
                throw new IllegalArgumentException("missing TOPIC");
            }
            if (max <= 0) {
                throw new IllegalArgumentException("--max must be positive");
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            String message = e instanceof ArrayIndexOutOfBoundsException ? "missing value for " + args[args.length - 1] : e.getMessage();
            System.err.println("events: " + message);
            System.err.println(USAGE);
            System.exit(2);
        }

        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "styring-events-" + UUID.randomUUID());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "styring-events");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Nothing is committed, so this applies to every partition; --from-beginning seeks explicitly.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        // Reading a topic must not create it (a typo would otherwise leave a stray topic behind).
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());

        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl-C: interrupt the poll loop and let it close the consumer (leaves the group cleanly).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (closed.getCount() > 0) {
                consumer.wakeup();
                try {
                    closed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));

        final String theTopic = topic;
        long count = 0;
        try {
            boolean absent = !consumer.listTopics(Duration.ofSeconds(30)).containsKey(topic);
            if (absent) {
                System.err.println("events: topic " + topic + " does not exist (yet); waiting for it to appear (Ctrl-C stops)");
            }
            // A topic that appears after we started holds only new events: read it from its start.
            final boolean fromStart = fromBeginning || absent;
            final Set<TopicPartition> known = new HashSet<>();
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    List<TopicPartition> added = partitions.stream().filter(p -> !known.contains(p)).toList();
                    if (added.isEmpty()) {
                        return;
                    }
                    known.addAll(added);
                    if (fromStart) {
                        consumer.seekToBeginning(added);
                    }
                    String ids = added.stream().map(p -> String.valueOf(p.partition())).sorted()
                            .collect(Collectors.joining(","));
                    System.err.println("events: " + (fromStart ? "reading " : "following ") + theTopic
                            + " (partitions " + ids + ")" + (fromStart ? " from the beginning" : ", new events only")
                            + "; Ctrl-C stops");
                }
            });
            long lastRecord = System.currentTimeMillis();
            while (count < max) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    print(record);
                    lastRecord = System.currentTimeMillis();
                    if (++count >= max) {
                        break;
                    }
                }
                if (timeoutMillis > 0 && System.currentTimeMillis() - lastRecord >= timeoutMillis) {
                    System.err.println("events: no record for " + timeoutMillis / 1000.0 + " s; stopping");
                    break;
                }
            }
        } catch (WakeupException e) {
            // Ctrl-C
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            System.err.println("events: " + count + " record(s) printed");
            closed.countDown();
        }
    }

    private static void print(ConsumerRecord<byte[], byte[]> record) {
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(record.topic()).append(" partition ").append(record.partition())
                .append(" offset ").append(record.offset()).append('\n');
        out.append(String.format("%-11s %s%n", "key:", text(record.key())));
        for (String name : HEADERS) {
            Header header = record.headers().lastHeader(name);
            out.append(String.format("%-11s %s%n", name + ":", header == null ? "-" : text(header.value())));
        }
        // a dead-letter topic's records say why, where from and when (EventIntake, SmallRye's dead-letter queue)
        for (Header header : record.headers()) {
            if (header.key().startsWith("dead-letter-") && !header.key().endsWith("-class-name")) {
                out.append(String.format("%-11s %s%n", header.key().substring("dead-letter-".length()) + ":",
                        text(header.value())));
            }
        }
        out.append(String.format("%-11s %s%n", "payload:", text(record.value())));
        System.out.print(out);
        System.out.flush();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "-" : new String(bytes, StandardCharsets.UTF_8);
    }
}
