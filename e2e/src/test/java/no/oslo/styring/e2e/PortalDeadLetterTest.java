package no.oslo.styring.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import no.oslo.styring.contract.Topics;
import no.oslo.styring.platform.testing.TestKafka;

/**
 * The portal consumes the report topics for the live overview: a record there that is not a CloudEvent goes to the
 * portal's dead-letter topic as it was, with the reason, and the portal stays ready and goes on.
 */
class PortalDeadLetterTest {

    @Test
    void aRecordThePortalCannotReadGoesToItsDeadLetterTopicAndThePortalStaysReady() throws Exception {
        String key = "kaputt-" + UUID.randomUUID();
        TestKafka.produceRecord(Topics.INDICATOR_REPORTS, 0, key, "not-a-cloud-event", new RecordHeaders());
        var dead = TestKafka.awaitRecord(Topics.INDICATOR_REPORTS + ".dlq.portal", r -> key.equals(r.key()),
                Duration.ofSeconds(30));
        assertEquals("not-a-cloud-event", dead.value());
        assertEquals("portal", TestKafka.header(dead, "dead-letter-service"));
        assertEquals("not-a-cloud-event", TestKafka.header(dead, "dead-letter-kind"));
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Browser.portal() + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
    }
}
