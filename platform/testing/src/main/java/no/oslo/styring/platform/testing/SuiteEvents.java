package no.oslo.styring.platform.testing;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.PeriodClosedV1;
import no.oslo.styring.contract.PeriodReopenedV1;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.contract.UnitUpsertedV1;
import no.oslo.styring.platform.period.PeriodId;

/**
 * The assignment-service's events, produced on the real broker exactly as the contract describes them, for tests of the
 * services that consume them.
 */
public final class SuiteEvents {

    private static final String SOURCE = "/styring/assignment-service";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private SuiteEvents() {
    }

    /** Publishes a unit on {@code styring.units}. */
    public static String unitUpserted(String code, String kind) {
        return TestKafka.produceEvent(Topics.UNITS, code, SOURCE, EventTypes.UNIT_UPSERTED, code, unitData(code, kind));
    }

    /** The data of a unit's {@code unit.upserted}. */
    public static String unitData(String code, String kind) {
        return json(new UnitUpsertedV1(code, "Test unit " + code, kind, List.of()));
    }

    /** The data of a close of the period. */
    public static String periodClosedData(String periodId, int closeRevision) {
        PeriodId id = PeriodId.parse(periodId);
        return json(new PeriodClosedV1(periodId, id.type().name(), id.year(), id.start(), id.end(), id.end().plusDays(20),
                Instant.now(), "admin-hls", closeRevision));
    }

    /** A produced event: its id and data, to deliver it again. */
    public record Sent(String eventId, String data) {
    }

    /** Publishes a close of the period on {@code styring.periods}. */
    public static Sent periodClosed(String periodId, int closeRevision) {
        String data = periodClosedData(periodId, closeRevision);
        return new Sent(TestKafka.produceEvent(Topics.PERIODS, periodId, SOURCE, EventTypes.PERIOD_CLOSED, periodId, data),
                data);
    }

    /** Publishes a close that ends the period's reopenings: only these units' reports are issued again. */
    public static Sent periodClosedFor(String periodId, int closeRevision, List<String> units) {
        PeriodId id = PeriodId.parse(periodId);
        String data = json(new PeriodClosedV1(periodId, id.type().name(), id.year(), id.start(), id.end(),
                id.end().plusDays(20), Instant.now(), "admin-hls", closeRevision, units));
        return new Sent(TestKafka.produceEvent(Topics.PERIODS, periodId, SOURCE, EventTypes.PERIOD_CLOSED, periodId, data),
                data);
    }

    /** Publishes a reopening of the closed period for one unit, until {@code expiresAt}. */
    public static String periodReopened(String periodId, String unit, Instant expiresAt) {
        return TestKafka.produceEvent(Topics.PERIODS, periodId, SOURCE, EventTypes.PERIOD_REOPENED, periodId,
                json(new PeriodReopenedV1(periodId, unit, "Rettet tall etter frist", Instant.now(), "admin-hls", expiresAt)));
    }

    /** Delivers a close event again, with the same id and data. */
    public static void redeliverPeriodClosed(String periodId, Sent sent) {
        TestKafka.produceEvent(Topics.PERIODS, periodId, sent.eventId(), SOURCE, EventTypes.PERIOD_CLOSED, periodId,
                sent.data());
    }

    private static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
