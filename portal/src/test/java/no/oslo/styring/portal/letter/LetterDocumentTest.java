package no.oslo.styring.portal.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The letter document assembled from what the services answer for the seed letters (src/test/resources/api). */
class LetterDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NB = "\u00a0";

    @Test
    void helseetatensLetterInTheLettersOrderWithItsTotals() throws IOException {
        LetterDocument doc = LetterDocument.of("HEL", new LetterDocument.Sources(read("letters-hel").get(0),
                read("goals-hel"), read("ind-hel"), read("clim-hel"), read("frames-hel"), read("inv-hel"), read("dist"),
                read("ear-hel"), read("assump-hel"), read("opp-hel"), Map.of("HLS", "Byrådsavdeling for helse",
                        "HEL", "Helseetaten")));
        assertEquals("Tildelingsbrev 2025 – Helseetaten", doc.title());
        assertEquals(List.of("Byrådsavdeling for helse"), doc.issuers());
        assertEquals(List.of("1", "2", "3"), doc.before().stream().map(LetterDocument.Section::key).toList());
        assertEquals(List.of("5", "6", "6.1", "6.2"), doc.after().stream().map(LetterDocument.Section::key).toList());
        assertEquals(2, doc.after().get(2).depth());

        LetterDocument.FrameTable frame = doc.frames().get(0);
        assertEquals(List.of(2025, 2026, 2027, 2028), frame.years());
        assertEquals("Ramme Sak 1/2025", frame.frame().label());
        assertEquals(List.of("1" + NB + "206" + NB + "593", "1" + NB + "187" + NB + "563", "1" + NB + "175" + NB + "234",
                "1" + NB + "163" + NB + "333"), frame.frame().amounts());
        assertEquals("Endring fra basis 2024", frame.changeFromBase().label());
        assertEquals("\u22129" + NB + "267", frame.changeFromBase().amounts().get(3));

        LetterDocument.InvestmentTable investments = doc.investments().get(0);
        assertEquals(List.of("39" + NB + "141", "15" + NB + "200", "7" + NB + "600", "32" + NB + "500"),
                investments.total().amounts());
        assertEquals("Totalsum", investments.total().label());
        LetterDocument.Project ikt = investments.projects().stream().filter(p -> p.number().equals("122014")).findFirst()
                .orElseThrow();
        assertEquals(List.of("2" + NB + "500", "", "", ""), ikt.subtotal().amounts(), "years with nothing are blank");

        assertNull(doc.distribution(), "the bydel distribution is not Helseetaten's letter");
        assertEquals("78" + NB + "000", doc.earmarked().sum());
        assertTrue(doc.indicatorTables().stream().flatMap(t -> t.rows().stream())
                .anyMatch(r -> r.name().equals("Tannhelse - andel 5-åringer uten karies")));
        assertTrue(doc.climate().stream().flatMap(m -> m.indicators().stream()).allMatch(i -> i.target().equals("100 %")));
        assertTrue(doc.oppdrag().stream().anyMatch(o -> o.overdue() && o.deadline().equals("31. januar 2025")));
    }

    @Test
    void theBydelLetterWithItsDistributionAndAWithdrawnTiltak() throws IOException {
        JsonNode none = JsonNodeFactory.instance.arrayNode();
        LetterDocument doc = LetterDocument.of("030112", new LetterDocument.Sources(read("letters-alna").get(0),
                read("goals-alna"), read("ind-alna"), none, none, none, read("dist"), read("ear-alna"), none, none,
                Map.of()));
        assertEquals(15, doc.distribution().rows().size());
        assertEquals("29" + NB + "756" + NB + "696", doc.distribution().sum().sum());
        assertEquals("28" + NB + "075" + NB + "184", doc.distribution().sum().driftsramme());
        assertEquals("1" + NB + "681" + NB + "512", doc.distribution().sum().sosialhjelp());
        List<LetterDocument.Tiltak> withdrawn = doc.goals().stream().flatMap(g -> g.goals().stream())
                .flatMap(g -> g.tiltak().stream()).filter(t -> t.withdrawn() != null).toList();
        assertEquals(List.of("Tiltaket er ikke aktuelt. Strategien er trukket."),
                withdrawn.stream().map(LetterDocument.Tiltak::withdrawn).toList());
        LetterDocument.IndicatorTable fo3 = doc.indicatorTables().stream()
                .filter(t -> t.rows().stream().anyMatch(r -> r.name().contains("hoftebrudd"))).findFirst().orElseThrow();
        assertEquals(List.of("8,4", "1)"), fo3.rows().stream().filter(r -> r.name().contains("hoftebrudd")).findFirst()
                .orElseThrow().targets(), "as printed");
        assertEquals(List.of(new LetterDocument.Footnote("1)", "Minst like godt resultat som for 2023")), fo3.footnotes());
    }

    @Test
    void thePdfHasTheCharactersTheLettersUse() throws IOException {
        byte[] pdf = PdfRenderer.render("<html><head><style>@page { size: A4; } body { font-family: 'DejaVu Sans'; }"
                + "</style></head><body><h1>Årsbudsjett – bystyrets vedtak</h1><p>Endring fra basis 2024 33"
                + NB + "993 \u22129" + NB + "267 Grünerløkka Østensjø</p></body></html>", "test");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()), "A4");
            String text = new PDFTextStripper().getText(document).replace(NB, " ");
            assertTrue(text.contains("Årsbudsjett – bystyrets vedtak"), text);
            assertTrue(text.contains("33 993 \u22129 267 Grünerløkka Østensjø"), text);
        }
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = LetterDocumentTest.class.getResourceAsStream("/api/" + name + ".json")) {
            return JSON.readTree(in);
        }
    }
}
