package no.oslo.styring.portal.overview;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.platform.consume.ConsumedEvent;
import no.oslo.styring.platform.consume.EventIntake;

/**
 * The reports of the three reporting services as they arrive on their Kafka topics, handed to every open period
 * overview (server-sent events). Each replica of the portal reads every report (a consumer group of its own, from the
 * newest), because each has its own browsers to tell. A record that is not a report of the contract is moved to the
 * portal's dead-letter topic by {@link EventIntake}, and the feed goes on.
 */
@ApplicationScoped
public class LiveReports {

    /** One report as the overview needs it: which kind, unit and period, its revision, and the report itself. */
    public record Arrived(String kind, String unit, String periodId, int revision, JsonNode report) {
    }

    @Inject
    EventIntake intake;

    /** Reports kept per period for a page that connects a moment after they arrived (after the close's redirect). */
    private static final int KEPT_PER_PERIOD = 100_000;

    private final BroadcastProcessor<Arrived> hub = BroadcastProcessor.create();
    private final Map<String, Map<String, Arrived>> recent = new java.util.concurrent.ConcurrentHashMap<>();
    private Map<String, Consumer<ConsumedEvent>> handlers;

    @PostConstruct
    void init() {
        handlers = Map.of(EventTypes.INDICATOR_REPORT, e -> publish("indicator", e),
                EventTypes.BUDGET_REPORT, e -> publish("budget", e),
                EventTypes.CLIMATE_REPORT, e -> publish("climate", e));
    }

    @Incoming("reports")
    @Blocking(ordered = true)
    public CompletionStage<Void> onReport(KafkaRecord<String, byte[]> record) {
        return intake.take(record, handlers);
    }

    /**
     * The reports of one period: the latest of each unit and kind that this replica has seen, then every new one as it
     * arrives. The page applies a report only when its revision is not older than the one it shows.
     */
    public Multi<Arrived> of(String periodId) {
        Multi<Arrived> live = hub.filter(a -> a.periodId().equals(periodId));
        java.util.List<Arrived> seen = java.util.List.copyOf(recent.getOrDefault(periodId, Map.of()).values());
        return Multi.createBy().merging().streams(live, Multi.createFrom().iterable(seen));
    }

    private void publish(String kind, ConsumedEvent event) {
        JsonNode data = event.data();
        Arrived arrived = new Arrived(kind, data.path("unit").asText(), data.path("periodId").asText(),
                data.path("revision").asInt(), data);
        Map<String, Arrived> ofPeriod = recent.computeIfAbsent(arrived.periodId(),
                p -> new java.util.concurrent.ConcurrentHashMap<>());
        if (ofPeriod.size() < KEPT_PER_PERIOD) {
            ofPeriod.merge(arrived.kind() + "/" + arrived.unit(), arrived,
                    (a, b) -> b.revision() >= a.revision() ? b : a);
        }
        hub.onNext(arrived);
    }
}
