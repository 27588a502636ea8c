package no.oslo.styring.platform.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/** Creates the service's missing topics at start-up where {@code styring.kafka.topics.create} is on. */
@ApplicationScoped
public class KafkaTopics {

    private static final Logger LOG = Logger.getLogger(KafkaTopics.class);

    @Inject
    KafkaTopicsConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    void createMissing(@Observes @Priority(1) StartupEvent event) {
        if (!config.create()) {
            return;
        }
        List<NewTopic> topics = new ArrayList<>();
        config.names().orElse(List.of())
                .forEach(name -> topics.add(new NewTopic(name, config.partitions(), config.replicationFactor())));
        config.compacted().orElse(List.of()).forEach(name -> topics.add(new NewTopic(name, config.partitions(),
                config.replicationFactor())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
        config.deadLetters().orElse(List.of()).forEach(name -> topics.add(new NewTopic(name, config.partitions(),
                config.replicationFactor())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(config.deadLetterRetention().toMillis())))));
        Map<String, Object> props = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        try (Admin admin = Admin.create(props)) {
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get(20, TimeUnit.SECONDS);
                    LOG.infof("Created topic %s", entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.warnf("Could not create topic %s: %s", entry.getKey(), e.getCause());
                    }
                }
            }
        } catch (Exception e) {
            LOG.warnf(e, "Could not create topics %s", topics);
        }
    }
}
