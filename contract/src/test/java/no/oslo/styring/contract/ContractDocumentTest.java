package no.oslo.styring.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The AsyncAPI document, the JSON Schemas and the Java payload records agree with each other. */
class ContractDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static JsonNode asyncApi() throws Exception {
        try (InputStream in = resource("contract/asyncapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = ContractDocumentTest.class.getClassLoader().getResourceAsStream(path);
        assertNotNull(in, "missing resource " + path);
        return in;
    }

    private static JsonSchema schema(String type) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(resource(EventTypes.SCHEMAS.get(type)));
    }

    @Test
    void everyTypeIsAMessageOnItsTopicWithItsSchema() throws Exception {
        JsonNode doc = asyncApi();
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        Map<String, String> addressByChannel = new HashMap<>();
        doc.path("channels").fields()
                .forEachRemaining(c -> addressByChannel.put(c.getKey(), c.getValue().path("address").asText()));

        Map<String, JsonNode> messagesByName = new HashMap<>();
        doc.path("components").path("messages").fields().forEachRemaining(m -> {
            if (m.getValue().path("name").asText().startsWith(EventTypes.PREFIX)) {
                messagesByName.put(m.getValue().path("name").asText(), m.getValue());
            }
        });
        assertEquals(EventTypes.SCHEMAS.keySet(), messagesByName.keySet(), "message names = event types");

        for (var type : EventTypes.SCHEMAS.keySet()) {
            JsonNode message = messagesByName.get(type);
            String payloadRef = message.path("payload").path("$ref").asText();
            assertEquals("./" + EventTypes.SCHEMAS.get(type).substring("contract/".length()), payloadRef, type);
            String topic = EventTypes.TOPICS.get(type);
            assertTrue(addressByChannel.containsValue(topic), type + " has a channel for " + topic);
        }
        Set<String> required = Set.of("ce_id", "ce_source", "ce_type", "ce_specversion", "ce_time", "ce_subject");
        JsonNode headers = doc.path("components").path("schemas").path("cloudEventHeaders").path("required");
        assertEquals(required, Set.copyOf(JSON.convertValue(headers, List.class)));
    }

    @Test
    void theDeadLetterTopicsAreAChannelWithTheirHeaders() throws Exception {
        JsonNode doc = asyncApi();
        JsonNode channel = doc.path("channels").path("deadLetters");
        assertEquals("{topic}.dlq.{service}", channel.path("address").asText());
        assertEquals(List.of(Topics.PERIODS, Topics.UNITS, Topics.BUDGET_CHANGES, Topics.INDICATOR_CHANGES),
                JSON.convertValue(channel.path("parameters").path("topic").path("enum"), List.class));
        assertEquals(List.of("budget", "indicator", "climate"),
                JSON.convertValue(channel.path("parameters").path("service").path("enum"), List.class));
        JsonNode headers = doc.path("components").path("schemas").path("deadLetterHeaders");
        assertEquals(List.of("not-a-cloud-event", "not-json", "unknown-type", "schema-violation", "processing-failed"),
                JSON.convertValue(headers.path("properties").path("dead-letter-kind").path("enum"), List.class));
        assertTrue(headers.path("required").toString().contains("dead-letter-time"));
    }

    @Test
    void recordsSerializeToValidPayloads() {
        var closed = new PeriodClosedV1("2025-Q1", "QUARTER", 2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 4, 20), Instant.parse("2025-04-20T10:15:30Z"), "admin-hls", 1);
        assertValid(EventTypes.PERIOD_CLOSED, closed);
        assertValid(EventTypes.UNIT_UPSERTED, new UnitUpsertedV1("030112", "Bydel Alna", "DISTRICT", List.of("SET")));
        assertValid(EventTypes.PERIOD_CLOSED, new PeriodClosedV1("2025-Q1", "QUARTER", 2025, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 20), Instant.parse("2025-05-02T10:15:30Z"), "admin-hls", 2,
                List.of("030112")));
        assertValid(EventTypes.PERIOD_REOPENED, new PeriodReopenedV1("2025-Q1", "030112", "Feil i innrapportert legevakttall",
                Instant.parse("2025-04-25T09:00:00Z"), "admin-hls", Instant.parse("2025-05-02T00:00:00Z")));
        var years = List.of(new YearAmountV1(2025, 1_206_593), new YearAmountV1(2026, -9_267));
        assertValid(EventTypes.BUDGET_FRAME_CHANGED, new BudgetFrameChangedV1(7, "HEL", "314", 2025, 2,
                Instant.parse("2025-03-01T12:00:00Z"), "admin-hls", "Sak 1/2025", years, years, years));
        assertValid(EventTypes.BUDGET_REPORT, new BudgetReportV1("HEL", "2025-M05", 1, Instant.parse("2025-06-21T08:00:00Z"),
                2, true, 2025, "1000 NOK", 1_206_593L, 512_044L, 1_210_000L, -3_407L, "MERFORBRUK", "Legevakt",
                Instant.parse("2025-06-19T08:00:00Z"), true));
        assertValid(EventTypes.BUDGET_REPORT, new BudgetReportV1("030112", "2025-M05", 1,
                Instant.parse("2025-06-21T08:00:00Z"), 0, false, 2025, "1000 NOK", null, null, null, null, null, null, null,
                false));
        var met = new IndicatorReportV1.IndicatorResult("hel-svartid-legevaktsentralen", "Svartid Legevaktsentralen mindre enn "
                + "2 minutter", "PERCENT", "HIGHER_IS_BETTER", true, new BigDecimal("81.5"), "80", "MET",
                new BigDecimal("80"), "81,5 ≥ 80 (måltall 80, høyere er bedre)", "81.5 ≥ 80 (target 80)",
                Instant.parse("2025-04-10T08:00:00Z"), "prosent", "PERCENT", "LETTER");
        var missing = new IndicatorReportV1.IndicatorResult("hel-etterslep", "Tannhelse – etterslep", "COUNT",
                "LOWER_IS_BETTER", false, null, "*", "NO_TARGET", null, "Ingen måltall", "No target", null, "antall",
                "WHOLE", "LETTER");
        var airQuality = new IndicatorReportV1.IndicatorResult("bym-pm10", "Årsmiddel PM10", "OTHER", "LOWER_IS_BETTER",
                true, new BigDecimal("14.2"), "<=20", "MET", new BigDecimal("20"), "14,2 ≤ 20", "14.2 ≤ 20", null,
                "µg/m³", "DECIMAL", "UNIT");
        assertValid(EventTypes.INDICATOR_REPORT, new IndicatorReportV1("HEL", "2025-Q1", 2,
                Instant.parse("2025-04-21T08:00:00Z"), 3, 2025, new IndicatorReportV1.Counts(2, 1, 0, 0, 1),
                List.of(met, missing, airQuality), List.of("hel-etterslep"),
                List.of(new IndicatorReportV1.TiltakResult("M5.1-3",
                        "Styrke arbeidet med informasjonssikkerhet og personvern", "IN_PROGRESS", null,
                        Instant.parse("2025-04-10T08:00:00Z")))));
        assertValid(EventTypes.CLIMATE_REPORT, climateReport(2));
        assertValid(EventTypes.DUTY_REPORT, dutyReport("MISSING"));
        assertValid(EventTypes.ASSIGNMENT_CHANGED, new AssignmentChangedV1("HEL", 3, 2025, "HLS", List.of("HEL"),
                "Fremtidsrettet innretning av Tannhelsetjenesten", "DELIVERED", "DELIVERED", LocalDate.of(2025, 1, 31), null,
                false, "Levert", "https://sak.oslo.kommune.no/25/123", Instant.parse("2025-01-30T10:00:00Z"), "rapportor-hel",
                List.of(), "RESPONSIBLE"));
        assertValid(EventTypes.ASSIGNMENT_CHANGED, new AssignmentChangedV1("HEL", 9, 2025, "UTD", List.of("HEL"),
                "Vurdere roller og ansvar knyttet til digitalisering og IKT på barnehageområdet", "ANNOUNCED", "ANNOUNCED",
                null, null, false, null, null, Instant.parse("2025-01-10T10:00:00Z"), "fixtures",
                List.of(new AssignmentChangedV1.Party("Oslo Origo", "CO_RESPONSIBLE"),
                        new AssignmentChangedV1.Party("Utdanningsetaten", "CO_RESPONSIBLE")),
                "JOINT"));
        assertValid(EventTypes.ASSIGNMENT_REMINDER, new AssignmentChangedV1("030112", 4, 2025, "SET",
                List.of("030112", "030101"), "Felles utredning", "ISSUED", "REMINDER", LocalDate.of(2025, 6, 30), "2025-Q2",
                false, null, null, Instant.parse("2025-06-23T06:00:00Z"), "assignment-service", List.of(), "RESPONSIBLE"));
        assertValid(EventTypes.INDICATOR_CHANGED, new IndicatorChangedV1("hel-svartid-legevaktsentralen", 2025, 7,
                "Tildelingsbrev 2025 – Helseetaten", "Svartid Legevaktsentralen mindre enn 2 minutter", "PERCENT",
                "HIGHER_IS_BETTER", List.of("Q", "T", "Y"), List.of("Q1", "T2", "Y"), List.of("HEL"),
                List.of(new IndicatorChangedV1.YearTarget(2025, "80")), true, Instant.parse("2025-01-10T08:00:00Z"),
                "admin-hls", "prosent", "PERCENT", null, List.of()));
        assertValid(EventTypes.INDICATOR_CHANGED, new IndicatorChangedV1("bym-pm10", 2025, 8, "Tildelingsbrev 2025",
                "Årsmiddel PM10", "OTHER", "LOWER_IS_BETTER", List.of("Y"), List.of("Y"), List.of("BYM"), List.of(), true,
                Instant.parse("2025-01-10T08:00:00Z"), "admin", "µg/m³", "DECIMAL", 1,
                List.of(new IndicatorChangedV1.UnitTarget("BYM", 2025, "<=18"))));
    }

    @Test
    void schemasRefuseWhatTheContractForbids() {
        JsonNode badPeriod = JSON.valueToTree(Map.of("periodId", "2025-Q5"));
        Set<ValidationMessage> errors = schema(EventTypes.PERIOD_CLOSED).validate(badPeriod);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("periodId")), errors.toString());
        assertFalse(schema(EventTypes.CLIMATE_REPORT).validate(JSON.valueToTree(climateReport(0))).isEmpty(),
                "revision starts at 1");
        assertFalse(schema(EventTypes.DUTY_REPORT).validate(JSON.valueToTree(dutyReport("LATE"))).isEmpty(),
                "a duty's status is one of four");
        ObjectNode badOutcome = JSON.valueToTree(new IndicatorReportV1("HEL", "2025-Y", 1, Instant.now(), 0, 2025,
                new IndicatorReportV1.Counts(1, 0, 0, 0, 1), List.of(new IndicatorReportV1.IndicatorResult("x1", "X",
                        "COUNT", "LOWER_IS_BETTER", false, null, "*", "NO_TARGET", null, "n", "e", null, "antall",
                        "WHOLE", "LETTER")),
                List.of("x1"), List.of()));
        assertTrue(schema(EventTypes.INDICATOR_REPORT).validate(badOutcome).isEmpty());
        ((ObjectNode) badOutcome.withArray("indicators").get(0)).put("outcome", "PASSED");
        assertFalse(schema(EventTypes.INDICATOR_REPORT).validate(badOutcome).isEmpty(), "outcomes are the four known");
        var years = List.of(new YearAmountV1(2025, 1));
        ObjectNode fractional = JSON.valueToTree(new BudgetFrameChangedV1(7, "HEL", "314", 2025, 2, Instant.now(), "a", "r",
                years, years, years));
        ((ObjectNode) fractional.withArray("frame").get(0)).put("amount", 1.5);
        assertFalse(schema(EventTypes.BUDGET_FRAME_CHANGED).validate(fractional).isEmpty(), "amounts are integers");
        assertTrue(schema(EventTypes.PERIOD_CLOSED).validate(JSON.valueToTree(Map.of("periodId", "2024-H1"))).stream()
                .noneMatch(e -> e.getMessage().contains("periodId")), "«første halvår» is a period");
        ObjectNode changed = JSON.valueToTree(new IndicatorChangedV1("x1", 2025, 1, "T", "X", "COUNT", "LOWER_IS_BETTER",
                List.of("Q"), List.of("Q5"), List.of("HEL"), List.of(), true, Instant.now(), "a", "antall", "WHOLE", null,
                List.of()));
        assertFalse(schema(EventTypes.INDICATOR_CHANGED).validate(changed).isEmpty(), "Q5 is no reporting point");
        changed.remove("reportingPoints");
        assertTrue(schema(EventTypes.INDICATOR_CHANGED).validate(changed).isEmpty(), "events from before points stay valid");
        changed.put("valueKind", "COUNT");
        assertFalse(schema(EventTypes.INDICATOR_CHANGED).validate(changed).isEmpty(), "value kinds are the four known");
        changed.remove(List.of("unitOfMeasure", "valueKind", "decimals", "unitTargets"));
        assertTrue(schema(EventTypes.INDICATOR_CHANGED).validate(changed).isEmpty(),
                "events from before free units of measure stay valid");
    }

    private static DutyReportV1 dutyReport(String status) {
        var monthly = new DutyReportV1.Duty(3, "Månedlig rapportering av tall fra tjenestene", "HLS", "hver måned", null,
                "6.2 Rapportering og resultatoppfølging", status, null, null, null, null, null);
        var ongoing = new DutyReportV1.Duty(5, "Rapportering fortløpende om alvorlige hendelser", "HLS", "fortløpende", null,
                null, "ONGOING", "2025-03-12", "Varslet om hendelse", "https://sak.oslo.kommune.no/25/9",
                "rapportor-hel", Instant.parse("2025-03-12T09:00:00Z"));
        return new DutyReportV1("HEL", "2025-M03", 1, Instant.parse("2025-04-21T08:00:00Z"), 2025,
                new DutyReportV1.Counts(1, 0, 0, 1, 1), List.of(monthly, ongoing));
    }

    private static ClimateReportV1 climateReport(int revision) {
        var reported = new ClimateReportV1.IndicatorResult("hel-vegetarmat", "Vegetarmat som standard på møter og "
                + "arrangementer", "DIRECT_EMISSIONS", "hel-vegetarmat-standard", "Vegetarmat som standard", true,
                new BigDecimal("100"), "ON_TRACK", "Standard siden januar", "100 %", "MET", new BigDecimal("100"),
                "100 >= 100 (måltall 100 %, høyere er bedre)", "100 >= 100 (target 100 %, higher is better)",
                Instant.parse("2025-04-10T08:00:00Z"));
        var missing = new ClimateReportV1.IndicatorResult("hel-kjoretoy", "Innkjøp av utslippsfrie kjøretøy",
                "DIRECT_EMISSIONS", "hel-tunge", "Andel tunge", false, null, null, null, "100 %", "NO_DATA",
                new BigDecimal("100"), "Ikke rapportert", "Not reported", null);
        return new ClimateReportV1("HEL", "2025-Q1", revision, Instant.parse("2025-04-21T08:00:00Z"), 1, 2025,
                new ClimateReportV1.Counts(2, 1, 0, 0, 1), List.of(reported, missing), List.of("hel-tunge"));
    }

    private static void assertValid(String type, Object payload) {
        Set<ValidationMessage> errors = schema(type).validate(JSON.valueToTree(payload));
        assertTrue(errors.isEmpty(), type + ": " + errors);
    }
}
