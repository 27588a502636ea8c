package no.oslo.styring.platform.reporting;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

import no.oslo.styring.contract.CloseChunkV1;
import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.PeriodClosedV1;
import no.oslo.styring.contract.PeriodReopenedV1;
import no.oslo.styring.contract.UnitUpsertedV1;
import no.oslo.styring.platform.consume.ConsumedEvent;
import no.oslo.styring.platform.consume.EventIntake;

/**
 * Consumes the assignment-service's topics, and the chunks of this service's own large closes. The channels
 * ({@code periods}, {@code units}, {@code close-chunks}) are configured in each service's
 * application.properties (byte-array values, {@code failure-strategy=dead-letter-queue}); {@link EventIntake} reads each
 * record as a CloudEvent of the contract and moves what cannot be processed to the service's dead-letter topic. Contract
 * types this service does not need are skipped.
 */
@ApplicationScoped
public class ReportingConsumers {

    @Inject
    PeriodCloser closer;

    @Inject
    UnitDirectory units;

    @Inject
    EventIntake intake;

    private Map<String, Consumer<ConsumedEvent>> periodHandlers;
    private Map<String, Consumer<ConsumedEvent>> unitHandlers;
    private Map<String, Consumer<ConsumedEvent>> chunkHandlers;

    @PostConstruct
    void init() {
        periodHandlers = Map.of(
                EventTypes.PERIOD_CLOSED, e -> closer.onPeriodClosed(e.id(), intake.data(e, PeriodClosedV1.class)),
                EventTypes.PERIOD_REOPENED, e -> closer.onPeriodReopened(e.id(), intake.data(e, PeriodReopenedV1.class)));
        chunkHandlers = Map.of(EventTypes.CLOSE_CHUNK, e -> closer.onCloseChunk(intake.data(e, CloseChunkV1.class)));
        unitHandlers = Map.of(EventTypes.UNIT_UPSERTED, e -> units.apply(intake.data(e, UnitUpsertedV1.class)));
    }

    @Incoming("periods")
    @Blocking(ordered = true)
    public CompletionStage<Void> onPeriodRecord(KafkaRecord<String, byte[]> record) {
        return intake.take(record, periodHandlers);
    }

    /** Chunks of a large close (this service's own; others are skipped), shared among the replicas by the group. */
    @Incoming("close-chunks")
    @Blocking(ordered = true)
    public CompletionStage<Void> onCloseChunkRecord(KafkaRecord<String, byte[]> record) {
        return intake.take(record, chunkHandlers);
    }

    @Incoming("units")
    @Blocking(ordered = true)
    public CompletionStage<Void> onUnitRecord(KafkaRecord<String, byte[]> record) {
        return intake.take(record, unitHandlers);
    }
}
