package no.oslo.styring.budget.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.oslo.styring.budget.letter.ImportCheck.Finding;

/** The seed letters' budget tables, as transcribed, add up exactly; an import off by one is refused and says where. */
class ImportCheckTest {

    /** Strict, like the service: an unknown field or a decimal amount is an error, not silently dropped. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = ImportCheckTest.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            return JSON.readTree(in);
        }
    }

    private static BudgetImport read(JsonNode tree) throws IOException {
        return JSON.treeToValue(tree, BudgetImport.class);
    }

    private static List<Long> years(int n, java.util.function.IntToLongFunction f) {
        return IntStream.range(0, n).mapToLong(f).boxed().toList();
    }

    @Test
    void helseetatensTablesAddUpToTheKnownFigures() throws IOException {
        BudgetImport hel = read(fixture("budget-2025-helseetaten.json"));
        assertEquals(List.of(), ImportCheck.check(hel));

        var kap314 = hel.frames().get(0);
        assertEquals("314", kap314.chapter());
        assertEquals(List.of(2025, 2026, 2027, 2028), kap314.years());
        assertEquals(List.of(1_206_593L, 1_187_563L, 1_175_234L, 1_163_333L), years(4, kap314.content()::frame));
        assertEquals(List.of(33_993L, 14_963L, 2_634L, -9_267L), years(4, kap314.content()::changeFromBase));
        assertEquals(List.of(39_141L, 15_200L, 7_600L, 32_500L), years(4, hel.investments().get(0)::total));
    }

    @Test
    void theBydelDistributionAddsUp() throws IOException {
        BudgetImport bydeler = read(fixture("budget-2024-bydelene.json"));
        assertEquals(List.of(), ImportCheck.check(bydeler));

        var distribution = bydeler.districtDistribution();
        assertEquals(15, distribution.rows().size());
        assertEquals(28_075_184L, distribution.driftsramme());
        assertEquals(1_681_512L, distribution.okonomiskSosialhjelp());
        assertEquals(29_756_696L, distribution.sum());
    }

    private static List<Finding> checkChanged(String fixture, Consumer<ObjectNode> change) throws IOException {
        ObjectNode tree = (ObjectNode) fixture(fixture);
        change.accept(tree);
        return ImportCheck.check(read(tree));
    }

    @Test
    void aStatedFrameOffByOneIsNamedByTableRowAndYear() throws IOException {
        List<Finding> findings = checkChanged("budget-2025-helseetaten.json", tree -> {
            ArrayNode amounts = (ArrayNode) tree.at("/frames/0/statedTotal/amounts");
            amounts.set(2, amounts.get(2).asLong() + 1);
        });
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("frames[0].statedTotal.amounts[2]", f.field());
        assertEquals("Kap. 314 HEL", f.table());
        assertEquals("Ramme Sak 1/2025", f.row());
        assertEquals(2027, f.year());
        assertTrue(f.message().contains("1175235") && f.message().contains("1175234"), f.message());
    }

    @Test
    void aChangedLineBreaksTheFrameAndTheChangeFromBase() throws IOException {
        List<Finding> findings = checkChanged("budget-2025-helseetaten.json", tree -> {
            ArrayNode amounts = (ArrayNode) tree.at("/frames/0/lines/0/amounts");
            amounts.set(0, amounts.get(0).asLong() - 1);
        });
        assertEquals(List.of("frames[0].statedTotal.amounts[0]", "frames[0].statedChangeFromBase.amounts[0]"),
                findings.stream().map(Finding::field).toList());
    }

    @Test
    void investmentAndDistributionTotalsAreChecked() throws IOException {
        List<Finding> investments = checkChanged("budget-2025-helseetaten.json", tree -> {
            ArrayNode amounts = (ArrayNode) tree.at("/investments/0/statedTotals/amounts");
            amounts.set(3, amounts.get(3).asLong() + 1);
        });
        assertEquals(List.of("investments[0].statedTotals.amounts[3]"), investments.stream().map(Finding::field).toList());

        List<Finding> district = checkChanged("budget-2024-bydelene.json", tree -> {
            ObjectNode alna = (ObjectNode) tree.at("/districtDistribution/rows/11");
            alna.put("driftsramme", alna.get("driftsramme").asLong() + 1);
        });
        assertEquals(List.of("districtDistribution.rows[11].statedSum", "districtDistribution.statedTotals.driftsramme",
                "districtDistribution.statedTotals.sum"), district.stream().map(Finding::field).toList());
        assertEquals("Alna", district.get(0).row());
    }

    @Test
    void aRowWithTheWrongNumberOfYearsIsNamed() throws IOException {
        List<Finding> findings = checkChanged("budget-2025-helseetaten.json",
                tree -> ((ArrayNode) tree.at("/frames/0/lines/3/amounts")).remove(3));
        assertEquals(1, findings.size());
        assertEquals("frames[0].lines[3].amounts", findings.get(0).field());
        assertTrue(findings.get(0).message().contains("3 amounts for 4 year columns"));
    }

    @Test
    void anotherFormatIsRefused() throws IOException {
        List<Finding> findings = checkChanged("budget-2024-bydelene.json",
                tree -> tree.put("format", "styring.budget-import.v0"));
        assertEquals("format", findings.get(0).field());
    }
}
