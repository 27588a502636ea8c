package no.oslo.styring.climate.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The climate import's checks and its CSV form. Plain Java: no Quarkus, no database. */
class ClimateImportCheckTest {

    @Test
    void helseetatensTableHasThreeMeasuresAndFourIndicatorsAllAtHundredPercent() throws IOException {
        ClimateImport hel;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fixtures/climate-2025-helseetaten.json")) {
            hel = new ObjectMapper().readValue(in, ClimateImport.class);
        }
        assertEquals(List.of(), ClimateImportCheck.check(hel));
        assertEquals(3, hel.measures().size());
        assertEquals(4, hel.measures().stream().mapToInt(m -> m.indicators().size()).sum());
        assertTrue(hel.measures().stream().flatMap(m -> m.indicators().stream()).allMatch(i -> "100 %".equals(i.target())));
        assertEquals("Beredskapskjøretøy og spesialkjøretøy vil skje senere enn 2025.", hel.measures().get(0).note());
        assertEquals(ClimateCategory.INDIRECT_EMISSIONS, hel.measures().get(2).category(), "«Vegetarmat som standard …»");
        assertEquals(List.of("Q1", "T2", "Y"), hel.measures().get(2).indicators().get(0).reportingPoints(),
                "«1. kvartal, 2. tertial og årsberetning»");
    }

    @Test
    void csvRowsWithTheSameMeasureKeyAreOneMeasure() throws IOException {
        ClimateCsv.Result read = ClimateCsv
                .read("""
                        year;title;measureKey;number;category;responsible;measureText;note;effectTonnesCo2e;indicatorCode;indicatorName;target;direction;reportingPoints
                        2025;Klimabudsjett 2025;bym-vegetar;K7;INDIRECT_EMISSIONS;ALL;Vegetarmat som standard;;12,5;all-vegetar;Vegetarmat ved møter;100 %;;Q1 T2 Y
                        2025;Klimabudsjett 2025;bym-vegetar;K7;INDIRECT_EMISSIONS;ALL;Vegetarmat som standard;;12,5;all-vegetar-kantine;Vegetar i kantine;>=50 %;;Y
                        2025;Klimabudsjett 2025;hel-bygg;;ENERGY;HEL 030112;Energisparing i egne bygg;;;hel-kwh;Energibruk kWh/m2;<=150;LOWER_IS_BETTER;
                        """);
        assertEquals(List.of(), read.findings());
        assertEquals(List.of(), ClimateImportCheck.check(read.in()));
        assertEquals(2, read.in().measures().size());
        var vegetar = read.in().measures().get(0);
        assertEquals(List.of("ALL"), vegetar.responsible());
        assertEquals(new BigDecimal("12.5"), vegetar.effectTonnesCo2e());
        assertEquals(2, vegetar.indicators().size());
        assertEquals(List.of("Y"), vegetar.indicators().get(1).reportingPoints());
        assertEquals(List.of("HEL", "030112"), read.in().measures().get(1).responsible());
        assertEquals(List.of("Q1", "T2", "Y"),
                read.in().normalized().measures().get(1).indicators().get(0).reportingPoints(), "the letters' default");
    }

    @Test
    void aFileOfTheFirstFormatLoadsWithItsPeriodTypesMeaningEveryPeriodOfTheirType() throws IOException {
        ClimateCsv.Result old = ClimateCsv.read("""
                year;title;measureKey;category;responsible;measureText;indicatorCode;indicatorName;target;periodTypes
                2025;T;a-tiltak;ENERGY;ALL;Tekst;a-1;Navn;100 %;
                2025;T;a-tiltak;ENERGY;ALL;Tekst;a-2;Navn;100 %;M Y
                """);
        assertEquals(ClimateImport.FORMAT_V1, old.in().format());
        assertEquals(List.of(), ClimateImportCheck.check(old.in()));
        var now = old.in().normalized().measures().get(0).indicators();
        assertEquals(List.of("Q", "T", "Y"), now.get(0).reportingPoints(), "v1's default: every quarter, tertial, the year");
        assertEquals(List.of("M", "Y"), now.get(1).reportingPoints());

        ClimateCsv.Result mixed = ClimateCsv.read("""
                year;title;measureKey;category;responsible;measureText;indicatorCode;indicatorName;target;reportingPoints
                2025;T;a-tiltak;ENERGY;ALL;Tekst;a-1;Navn;100 %;Q1 Q5
                """);
        var findings = ClimateImportCheck.check(mixed.in());
        assertEquals(List.of("measures[0].indicators[0].reportingPoints[1]"),
                findings.stream().map(ClimateImportCheck.Finding::field).toList());
        assertEquals("rows[2].reportingPoints", mixed.toCsv(findings.get(0)).field());
    }

    @Test
    void findingsInCsvNameTheRowAndColumn() throws IOException {
        ClimateCsv.Result read = ClimateCsv.read("""
                year,title,measureKey,category,responsible,measureText,indicatorCode,indicatorName,target
                2025,T,a-tiltak,ENERGY,ALL,Tekst,a-1,Navn,100 %
                2025,T,a-tiltak,ENERGY,ALL,Tekst,a-2,Navn,7.961
                2025,T,b-tiltak,VARME,ALL,Tekst,b-1,Navn,*
                """);
        assertEquals(List.of(new ClimateImportCheck.Finding("rows[4].category",
                "'VARME' is not DIRECT_EMISSIONS, INDIRECT_EMISSIONS, ENERGY or CLIMATE_ADAPTATION")), read.findings());
        var findings = ClimateImportCheck.check(read.in()).stream().map(read::toCsv).toList();
        assertEquals(List.of("rows[3].target", "rows[4].category"), findings.stream().map(ClimateImportCheck.Finding::field)
                .toList());
        assertTrue(findings.get(0).message().startsWith("'7.961' is not a target"), findings.get(0).message());
    }
}
