package no.oslo.styring.climate.consume;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import no.oslo.styring.contract.EventTypes;
import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.DeadLetterBehaviour;
import no.oslo.styring.platform.testing.TestIds;

/**
 * Records the climate-service cannot process, on each of its four consumed topics (periods, units, the budget-service's
 * frame changes and the indicator-service's indicator changes), go to its dead-letter topics.
 */
@QuarkusTest
class DeadLetterTest extends DeadLetterBehaviour {

    @Override
    protected String service() {
        return "climate";
    }

    @Override
    protected List<ConsumedTopic> consumedTopics() {
        List<ConsumedTopic> topics = new ArrayList<>(super.consumedTopics());
        topics.add(new ConsumedTopic(Topics.BUDGET_CHANGES, () -> {
            String unit = TestIds.unitCode();
            String data = """
                    {"frameId":1,"unit":"%s","chapter":"314","letterYear":2025,"version":1,"recordedAt":"%s",\
                    "recordedBy":"admin-hls","reason":"Tildelingsbrev","frame":[{"year":2025,"amount":1206593}],\
                    "changeFromBase":[{"year":2025,"amount":33993}],"delta":[{"year":2025,"amount":1206593}]}"""
                    .formatted(unit, Instant.now());
            return new GoodEvent(unit, EventTypes.BUDGET_FRAME_CHANGED, data, "known_budget_line", "unit_code", unit);
        }));
        topics.add(new ConsumedTopic(Topics.INDICATOR_CHANGES, () -> {
            String code = "test-" + TestIds.unitCode().toLowerCase();
            String data = """
                    {"code":"%s","year":2025,"indicatorId":1,"letterTitle":"Tildelingsbrev","name":"Test","measure":"PERCENT",\
                    "direction":"HIGHER_IS_BETTER","periodTypes":["Y"],"units":["HEL"],"targets":[{"year":2025,"target":"80"}],\
                    "inLetter":true,"changedAt":"%s","changedBy":"admin-hls"}""".formatted(code, Instant.now());
            return new GoodEvent(code, EventTypes.INDICATOR_CHANGED, data, "known_indicator", "code", code);
        }));
        return topics;
    }
}
