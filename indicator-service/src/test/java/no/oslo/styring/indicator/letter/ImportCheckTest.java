package no.oslo.styring.indicator.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.oslo.styring.indicator.letter.IndicatorImport.Indicator;
import no.oslo.styring.indicator.letter.IndicatorImport.Tiltak;
import no.oslo.styring.indicator.letter.IndicatorImport.YearTarget;

/** The import check against both seed letters, and what it refuses. Plain Java: no Quarkus, no database. */
class ImportCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static IndicatorImport fixture(String name) throws IOException {
        try (InputStream in = ImportCheckTest.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            return JSON.readValue(in, IndicatorImport.class);
        }
    }

    @Test
    void helseetatenLetterHasItsGoalsTiltakAndIndicators() throws IOException {
        IndicatorImport hel = fixture("indicators-2025-helseetaten.json");
        assertEquals(List.of(), ImportCheck.check(hel));
        assertEquals(Map.of(GoalLevel.KOMMUNEMAL, 3L, GoalLevel.SEKTORMAL, 4L),
                hel.goals().stream().collect(Collectors.groupingBy(IndicatorImport.Goal::level, Collectors.counting())));
        assertEquals(7, ImportCheck.distinctTiltak(hel).size());
        assertEquals(11, ImportCheck.distinctIndicators(hel).size());
        Indicator svartid = byName(hel, "Svartid Legevaktsentralen");
        assertEquals(List.of("Q1", "T2", "Y"), svartid.reportingPoints(), "«i kvartalsrapport og tertialrapport»");
        assertEquals(List.of(new YearTarget(2025, "80")), svartid.targets());
        assertEquals(List.of("Y"), byName(hel, "Tannhelse - andel 5-åringer").reportingPoints());
        assertEquals("60,9", byName(hel, "Andel fast ansatte").targets().get(0).target());
    }

    @Test
    void bydelLetterImportsRowsPrintedTwiceOnce() throws IOException {
        IndicatorImport bydel = fixture("indicators-2024-bydelene.json");
        assertEquals(List.of(), ImportCheck.check(bydel));
        assertEquals(15, bydel.letter().units().size());
        assertEquals(9, bydel.goals().stream().filter(g -> g.level() == GoalLevel.FUNKSJONSOMRADE).count());
        // «Funksjonsområde 2C» is printed for two areas, each with its own title
        assertEquals(List.of("Helsestasjon og skolehelsetjenesten", "Aktivitetstilbud for barn og unge"),
                bydel.goals().stream().filter(g -> g.level() == GoalLevel.FUNKSJONSOMRADE && g.code().equals("FO2C"))
                        .map(IndicatorImport.Goal::title).toList());
        assertEquals(33, bydel.indicators().size(), "rows as printed");
        // the letter prints «BYU:» with its goal and no title for the area: none is invented
        assertEquals(null, bydel.goals().stream().filter(g -> g.key().equals("BYU")).findFirst().orElseThrow().title());
        assertEquals(28, ImportCheck.distinctIndicators(bydel).size(), "FO4A. Mål 7 prints five indicators twice");
        assertEquals(98, bydel.tiltak().size());
        assertEquals(97, ImportCheck.distinctTiltak(bydel).size());
        Tiltak withdrawn = ImportCheck.distinctTiltak(bydel).stream().filter(t -> t.withdrawn() != null).findFirst()
                .orElseThrow();
        assertEquals("Tiltaket er ikke aktuelt. Strategien er trukket.", withdrawn.withdrawn());
        assertEquals("FO4A.7", withdrawn.goal());
        // printed «1)», the footnote under the table says what it means
        YearTarget printed = byName(bydel, "Antall innbyggere 65 år og eldre innlagt på sykehus med hoftebrudd").targets()
                .get(1);
        assertEquals("1)", printed.target());
        assertEquals(new YearTarget(2024, "1) Minst like godt resultat som for 2023", "1)", "1)"),
                printed.resolved(bydel.table()));
    }

    @Test
    void aFootnoteMarkIsKeptOnTheValueAndTheValueIsStillANumber() {
        Footnotes table = new Footnotes(List.of(new Footnotes.Footnote("²", "Tallet er foreløpig"),
                new Footnotes.Footnote("(1)", "Ny beregningsmåte fra 2023"), new Footnotes.Footnote("1)", "Minst like godt")));
        assertEquals(java.util.Optional.of("²"), table.markOf("31 274²"));
        assertEquals("31 274", table.withoutMark("31 274²"));
        assertEquals(new java.math.BigDecimal("31274"),
                HistoryValues.numberOf(IndicatorImport.marked(new IndicatorImport.YearValue(2023, "31 274²"), table)
                        .unmarked()).orElseThrow());
        assertEquals(java.util.Optional.of("(1)"), table.markOf("63,6 (1)"), "the longer mark, not 1)");
        assertEquals("63,6", table.withoutMark("63,6 (1)"));
        assertEquals(java.util.Optional.of("1)"), table.markOf("psykiatriske sykehusavd.1)"));
        assertEquals(java.util.Optional.empty(), table.markOf("Sykehusopphold (2021)"), "a year in brackets is no mark");
        assertEquals(">75,2 %", table.targetOf(">75,2 %²"));
        assertEquals("1) Minst like godt", table.targetOf("1)"));
        assertEquals(List.of("footnotes[0].mark", "footnotes[1].mark", "footnotes[1].text"),
                Footnotes.problemsOf(List.of(new Footnotes.Footnote("1", "tekst"), new Footnotes.Footnote("1", " ")))
                        .stream().map(ImportCheck.Finding::field).toList());
    }

    @Test
    void aTargetOutsideTheGrammarIsRefusedQuotingIt() throws IOException {
        IndicatorImport hel = fixture("indicators-2025-helseetaten.json");
        List<Indicator> indicators = new ArrayList<>(hel.indicators());
        Indicator first = indicators.get(0);
        indicators.set(0, new Indicator(first.code(), first.goal(), first.name(), null, first.unitOfMeasure(),
                first.valueKind(), null, first.direction(), first.periodTypes(), first.reportingPoints(), first.history(),
                List.of(new YearTarget(2025, "7.961")), first.inferred()));
        var findings = ImportCheck.check(new IndicatorImport(hel.format(), hel.letter(), hel.goals(), hel.tiltak(),
                indicators));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("indicators[0].targets[0].target", findings.get(0).field());
        assertTrue(findings.get(0).message().startsWith("'7.961' is not a target"), findings.get(0).message());
    }

    @Test
    void theSameCodeWithDifferentContentIsRefusedNamingBothRows() throws IOException {
        IndicatorImport bydel = fixture("indicators-2024-bydelene.json");
        List<Indicator> indicators = new ArrayList<>(bydel.indicators());
        Indicator a = indicators.get(0);
        indicators.add(new Indicator(a.code(), a.goal(), a.name() + " (endret)", null, a.unitOfMeasure(), a.valueKind(),
                null, a.direction(), a.periodTypes(), a.reportingPoints(), a.history(), a.targets(), a.inferred()));
        var findings = ImportCheck.check(new IndicatorImport(bydel.format(), bydel.letter(), bydel.goals(), bydel.tiltak(),
                indicators, bydel.footnotes()));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("indicators[" + (indicators.size() - 1) + "].code", findings.get(0).field());
        assertTrue(findings.get(0).message().contains("first at indicators[0]"), findings.get(0).message());
    }

    @Test
    void reportingPointsOutsideTheGrammarAndTheOldFieldInTheNewFormatAreRefused() throws IOException {
        IndicatorImport hel = fixture("indicators-2025-helseetaten.json");
        List<Indicator> indicators = new ArrayList<>(hel.indicators());
        Indicator first = indicators.get(0);
        indicators.set(0, new Indicator(first.code(), first.goal(), first.name(), null, first.unitOfMeasure(),
                first.valueKind(), null, first.direction(), List.of("Q"), List.of("Q1", "Q5", "Q1"), first.history(),
                first.targets(), first.inferred()));
        var findings = ImportCheck.check(new IndicatorImport(hel.format(), hel.letter(), hel.goals(), hel.tiltak(),
                indicators));
        assertEquals(List.of("indicators[0].periodTypes", "indicators[0].reportingPoints[1]",
                "indicators[0].reportingPoints[2]"), findings.stream().map(ImportCheck.Finding::field).toList());
        assertTrue(findings.get(1).message().startsWith("'Q5' is not a reporting point"), findings.get(1).message());
    }

    @Test
    void aFileOfTheFirstFormatLoadsWithItsPeriodTypesMeaningWhatTheyMeant() throws IOException {
        IndicatorImport hel = fixture("indicators-2025-helseetaten.json");
        List<Indicator> old = hel.indicators().stream().map(i -> new Indicator(i.code(), i.goal(), i.name(),
                Measure.PERCENT, null, null, null, i.direction(), List.of("Q", "T", "Y"), List.of(), i.history(),
                i.targets(), List.of())).toList();
        IndicatorImport v1 = new IndicatorImport(IndicatorImport.FORMAT_V1, hel.letter(), hel.goals(), hel.tiltak(), old);
        assertEquals(List.of(), ImportCheck.check(v1));
        IndicatorImport now = v1.normalized();
        assertEquals(IndicatorImport.FORMAT, now.format());
        assertEquals(List.of("Q", "T", "Y"), now.indicators().get(0).reportingPoints(),
                "every quarter, every tertial, the year");
        assertEquals(List.of(), now.indicators().get(0).periodTypes());
        var wrong = new IndicatorImport(IndicatorImport.FORMAT_V1, hel.letter(), hel.goals(), hel.tiltak(),
                List.of(hel.indicators().get(0)));
        assertTrue(ImportCheck.check(wrong).stream().map(ImportCheck.Finding::field).toList()
                .contains("indicators[0].reportingPoints"), ImportCheck.check(wrong).toString());
    }

    @Test
    void aFileOfTheSecondFormatLoadsWithItsMeasureMeaningTheUnitAndKindItMeant() throws IOException {
        IndicatorImport hel = fixture("indicators-2025-helseetaten.json");
        List<Indicator> old = hel.indicators().stream().map(i -> new Indicator(i.code(), i.goal(), i.name(),
                Measure.COUNT, null, null, null, i.direction(), List.of(), i.reportingPoints(), i.history(), i.targets(),
                List.of())).toList();
        IndicatorImport v2 = new IndicatorImport(IndicatorImport.FORMAT_V2, hel.letter(), hel.goals(), hel.tiltak(), old);
        assertEquals(List.of(), ImportCheck.check(v2));
        Indicator now = v2.normalized().indicators().get(0);
        assertEquals(new ValueFormat("antall", ValueKind.WHOLE, null), now.format());
        assertEquals(null, now.measure());
        // the old field in today's format, and today's fields in the old one, are refused naming the field
        var mixed = new IndicatorImport(IndicatorImport.FORMAT, hel.letter(), hel.goals(), hel.tiltak(), List.of(old.get(0)));
        assertEquals(List.of("indicators[0].measure", "indicators[0].unitOfMeasure", "indicators[0].valueKind"),
                ImportCheck.check(mixed).stream().map(ImportCheck.Finding::field).toList());
        var newInOld = new IndicatorImport(IndicatorImport.FORMAT_V2, hel.letter(), hel.goals(), hel.tiltak(),
                List.of(hel.indicators().get(0)));
        assertEquals(List.of("indicators[0].measure", "indicators[0].unitOfMeasure", "indicators[0].valueKind"),
                ImportCheck.check(newInOld).stream().map(ImportCheck.Finding::field).toList());
    }

    @Test
    void theFixturesSayWhichValuesTheLetterPrintsAndWhichWereAssumed() throws IOException {
        IndicatorImport hel = fixture("indicators-2025-helseetaten.json");
        // the Helseetaten table prints no unit column: the unit is assumed, except where the name prints it
        assertEquals(List.of("unitOfMeasure", "valueKind", "direction"),
                byName(hel, "Oppholdstid ved allmennlegevakten").inferred());
        assertEquals("minutter", byName(hel, "Oppholdstid ved allmennlegevakten").unitOfMeasure());
        assertEquals(List.of("valueKind", "direction"), byName(hel, "Ledig kapasitet hos fastlegene i %").inferred());
        IndicatorImport bydel = fixture("indicators-2024-bydelene.json");
        // «73,4 %» prints its unit; the vedlegg with the reporting points is not part of the letter
        assertEquals(List.of("valueKind", "direction", "reportingPoints"),
                byName(bydel, "Andel fast ansatte i heltidsstillinger").inferred());
        assertEquals(new ValueFormat("per 1 000 innbyggere", ValueKind.DECIMAL, null),
                byName(bydel, "Antall innbyggere 65 år og eldre innlagt på sykehus med hoftebrudd").format());
        Indicator first = hel.indicators().get(0);
        var unknown = new IndicatorImport(hel.format(), hel.letter(), hel.goals(), hel.tiltak(), List.of(new Indicator(
                first.code(), first.goal(), first.name(), null, first.unitOfMeasure(), first.valueKind(), null,
                first.direction(), List.of(), first.reportingPoints(), first.history(), first.targets(),
                List.of("direction", "name", "direction"))));
        assertEquals(List.of("indicators[0].inferred[1]", "indicators[0].inferred[2]"),
                ImportCheck.check(unknown).stream().map(ImportCheck.Finding::field).toList());
    }

    @Test
    void goalsMustHangWhereTheirLevelBelongs() {
        var goals = List.of(new IndicatorImport.Goal("FO2A", GoalLevel.FUNKSJONSOMRADE, "FO2A", "Barnehager", null),
                new IndicatorImport.Goal("M1", GoalLevel.KOMMUNEMAL, "1", "Like muligheter", null),
                new IndicatorImport.Goal("FO2A.01", GoalLevel.HOVEDMAL, "FO2A. Mål 01", "Trygt", "M1"),
                new IndicatorImport.Goal("M1.1", GoalLevel.SEKTORMAL, "1.1", "Forebygging", "nowhere"));
        var tiltak = List.of(new Tiltak("T1", "FO2A", 1, "Et tiltak", null, null));
        var findings = ImportCheck.check(new IndicatorImport(IndicatorImport.FORMAT,
                new IndicatorImport.Letter(2024, "Brev", List.of("030112", "bad")), goals, tiltak, List.of()));
        assertEquals(List.of("letter.units[1]", "goals[2].parent", "goals[3].parent", "tiltak[0].goal"),
                findings.stream().map(ImportCheck.Finding::field).toList(), findings.toString());
    }

    private static Indicator byName(IndicatorImport in, String prefix) {
        return in.indicators().stream().filter(i -> i.name().startsWith(prefix)).findFirst().orElseThrow();
    }
}
