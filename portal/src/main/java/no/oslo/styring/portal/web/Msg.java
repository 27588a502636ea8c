package no.oslo.styring.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface text: bokmål here (the default), English in {@code messages/msg_en.properties}. In a template:
 * {@code {msg:signOut}}. The domain's own words stay Norwegian in English too (tildelingsbrev, oppdrag, måltall), with
 * the glossary's explanation where it helps.
 */
@MessageBundle(value = "msg", locale = "nb")
public interface Msg {

    @Message("Styring")
    String appName();

    @Message("Virksomhetsstyring i Oslo kommune")
    String tagline();

    @Message("Hopp til hovedinnholdet")
    String skipToContent();

    @Message("Logg ut")
    String signOut();

    @Message("Innlogget som {name}")
    String signedInAs(String name);

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("Forside")
    String home();

    @Message("Tildelingsbrev")
    String letters();

    @Message("Tildelingsbrev {year}")
    String lettersOfYear(int year);

    @Message("Åpne perioder")
    String openPeriods();

    @Message("Ingen åpne perioder.")
    String noOpenPeriods();

    @Message("Oppdrag")
    String oppdrag();

    @Message("Ingen oppdrag.")
    String noOppdrag();

    @Message("Frist")
    String deadline();

    @Message("Status")
    String state();

    @Message("Forfalt")
    String overdue();

    @Message("Referanse")
    String reference();

    @Message("Dato")
    String date();

    @Message("Fra")
    String issuers();

    @Message("Til")
    String recipients();

    @Message("Versjon")
    String version();

    @Message("Vis versjon")
    String showVersion();

    @Message("versjon {version} av {current}")
    String versionOf(int version, int current);

    @Message("Du ser en tidligere versjon av brevet.")
    String earlierVersion();

    @Message("Hva er endret")
    String whatChanged();

    @Message("Endringer fra versjon {from} til versjon {to}")
    String changesFromTo(int from, int to);

    @Message("Sammenlign")
    String compare();

    @Message("Last ned som PDF")
    String downloadPdf();

    @Message("Mål og resultatindikatorer")
    String goalsAndIndicators();

    @Message("Klimabudsjett")
    String climateBudget();

    @Message("Budsjett")
    String budget();

    @Message("Tiltak")
    String tiltak();

    @Message("Trukket")
    String withdrawn();

    @Message("Resultatindikator")
    String indicator();

    @Message("Måltall {year}")
    String targetOfYear(int year);

    @Message("Fotnoter")
    String footnotes();

    @Message("Virkemiddel")
    String measure();

    @Message("Rapporteringsindikator")
    String reportingIndicator();

    @Message("Måltall")
    String target();

    @Message("Ansvarlig")
    String responsible();

    @Message("Kategori")
    String category();

    @Message("Rammer (1 000 kr)")
    String frames();

    @Message("Investeringer (1 000 kr)")
    String investments();

    @Message("Fordeling til bydelene (1 000 kr)")
    String distribution();

    @Message("Øremerkede midler (1 000 kr)")
    String earmarkedFunds();

    @Message("Sum")
    String sum();

    @Message("Totalsum")
    String totalSum();

    @Message("Bydel")
    String district();

    @Message("Driftsramme")
    String operatingFrame();

    @Message("Økonomisk sosialhjelp")
    String socialAssistance();

    @Message("Lagt til")
    String added();

    @Message("Fjernet")
    String removed();

    @Message("Endret")
    String changed();

    @Message("Før")
    String before();

    @Message("Etter")
    String after();

    @Message("Ingen endringer.")
    String noChanges();

    @Message("Tilbake til brevet")
    String backToLetter();

    @Message("Du er logget ut")
    String signedOutTitle();

    @Message("Du er logget ut av Styring og av innloggingstjenesten.")
    String signedOutText();

    @Message("Logg inn igjen")
    String signInAgain();

    @Message("Noe gikk galt")
    String errorTitle();

    @Message("Siden finnes ikke")
    String notFoundTitle();

    @Message("Du har ikke tilgang")
    String forbiddenTitle();

    @Message("Ugyldig forespørsel")
    String badRequestTitle();

    @Message("Tjenesten svarer ikke")
    String unavailableTitle();

    @Message("Feilkode {status}")
    String errorCode(int status);

    @Message("Ingen tildelingsbrev for {unit} i {year}.")
    String noLetter(String unit, int year);

    @Message("Rolle")
    String role();

    @Message("Avdeling")
    String roleDepartment();

    @Message("Rapportør for {unit}")
    String roleReporter(String unit);

    @Message("Leser")
    String roleReader();

    @Message("«{text}» er ikke et årstall (for eksempel 2025).")
    String badYear(String text);

    @Message("«{text}» er ikke en virksomhetskode (for eksempel HEL eller 030112).")
    String badUnit(String text);

    @Message("{field}: «{text}» er ikke et versjonsnummer.")
    String badVersion(String field, String text);

    @Message("Brevet har ingen versjon {version}.")
    String noVersion(int version);

    @Message("Årsbudsjett {year} – bystyrets vedtak")
    String section4(int year);

    @Message("Mål, tiltak, resultatindikatorer og måltall")
    String section41();

    @Message("Tiltak i klimabudsjett {year}")
    String section42(int year);

    @Message("Tallbudsjettet")
    String section43();

    @Message("Budsjettforutsetninger")
    String section431();

    @Message("Kap. {chapter} {unit}")
    String chapter(String chapter, String unit);

    @Message("Prosjekt")
    String project();

    @Message("Art")
    String art();

    @Message("Formål")
    String purpose();

    @Message("Funksjonsområde")
    String functionalArea();

    @Message("Beløp")
    String amount();

    @Message("Merknad")
    String note();

    @Message("Presisering")
    String explanation();

    @Message("Begrunnelse")
    String reason();

    @Message("Brevets innhold")
    String contents();

    @Message("Kunngjort")
    String statusAnnounced();

    @Message("Gitt")
    String statusIssued();

    @Message("Levert")
    String statusDelivered();

    @Message("Godkjent")
    String statusAccepted();

    @Message("Sendt tilbake")
    String statusReturned();

    @Message("Resultat {year}")
    String resultOfYear(int year);

    @Message("Ingen tildelingsbrev.")
    String noLetters();

    @Message("Innloggingen mislyktes")
    String signInFailedTitle();

    @Message("Innloggingstjenesten godtok ikke innloggingen, eller den ble avbrutt. Prøv igjen.")
    String signInFailedText();

    @Message("… og {count} til.")
    String morePeriods(int count);

    @Message("Endrede budsjettlinjer (1 000 kr)")
    String budgetChanged();

    @Message("«{text}» er ikke en rapporteringsperiode (for eksempel 2025-T2).")
    String badPeriod(String text);

    @Message("Lagret til perioden lukkes. Etter lukking er det dette som er rapportert.")
    String draftsNote();

    @Message("Perioden er lukket: dette er det som ble rapportert.")
    String closedNote();

    @Message("Budsjettstatus")
    String budgetStatus();

    @Message("Klimabudsjett, status")
    String climateStatus();

    @Message("Verdi")
    String value();

    @Message("Kommentar")
    String comment();

    @Message("Rapportering for {period}")
    String reportingTitle(String period);

    @Message("Brødsmuler")
    String breadcrumbs();

    @Message("Noe må rettes før det kan lagres")
    String errorSummary();

    @Message("Lagret. Det du har lagret, står som utkast til perioden lukkes.")
    String savedNotice();

    @Message("Perioden er gjenåpnet for enheten til {until}: {reason}")
    String reopenedNotice(String until, String reason);

    @Message("Perioden er lukket. Rapporten ble sendt {at} (revisjon {revision}); siden viser det som ble rapportert.")
    String closedReported(int revision, String at);

    @Message("Du kan lese, men ikke endre, det enheten har lagret.")
    String readOnlyNote();

    @Message("Resultatindikatorer")
    String indicatorsHeading();

    @Message("{due} til rapportering: {met} nådd, {notMet} ikke nådd, {noTarget} uten måltall, {missing} mangler.")
    String countsLine(int due, int met, int notMet, int noTarget, int missing);

    @Message("Ingenting til rapportering i denne perioden.")
    String nothingDue();

    @Message("Vurdering")
    String evaluation();

    @Message("Verdi for {name}")
    String valueFor(String name);

    @Message("Kommentar til {name}")
    String commentFor(String name);

    @Message("Status for {name}")
    String statusFor(String name);

    @Message("{#switch o}{#case 'MET'}Nådd{#case 'NOT_MET'}Ikke nådd{#case 'NO_TARGET'}Uten måltall{#else}Ikke rapportert{/switch}")
    String outcome(String o);

    @Message("Lagre indikatorer")
    String saveIndicators();

    @Message("Tiltak")
    String tiltakHeading();

    @Message("Ikke rapportert")
    String notReported();

    @Message("{#switch s}{#case 'NOT_STARTED'}Ikke startet{#case 'IN_PROGRESS'}Pågår{#case 'DONE'}Gjennomført{#case 'WITHDRAWN'}Trukket{#else}{s}{/switch}")
    String tiltakProgress(String s);

    @Message("{#switch s}{#case 'ON_TRACK'}I rute{#case 'AT_RISK'}Risiko for avvik{#case 'OFF_TRACK'}Ikke i rute{#else}{s}{/switch}")
    String climateProgress(String s);

    @Message("{#switch s}{#case 'ANNOUNCED'}varslet{#case 'ISSUED'}gitt{#case 'DELIVERED'}levert{#case 'ACCEPTED'}godkjent{#case 'RETURNED'}sendt tilbake{#else}{s}{/switch}")
    String oppdragStatus(String s);

    @Message("Lagre tiltak")
    String saveTiltak();

    @Message("Årets budsjettramme: {frame} (1 000 kr)")
    String frameOfYear(String frame);

    @Message("Avvik mot rammen etter prognosen: {amount} (1 000 kr), {kind}")
    String deviationLine(String amount, String kind);

    @Message("Regnskap hittil i år (1 000 kr)")
    String actualsToDate();

    @Message("Prognose for året (1 000 kr)")
    String yearEndForecast();

    @Message("Lagre budsjettstatus")
    String saveBudget();

    /** A budget deviation's kind as the budget-service names it (MERFORBRUK, MINDREFORBRUK, I_BALANSE); none: empty. */
    @Message("{#switch kind}{#case 'MERFORBRUK'}merforbruk{#case 'MINDREFORBRUK'}mindreforbruk{#case ''}{#else}i balanse{/switch}")
    String deviationKind(String kind);

    @Message("Lagre klimastatus")
    String saveClimate();

    @Message("Oppdrag til levering")
    String oppdragDue();

    @Message("Levert: {note}")
    String deliveredWith(String note);

    @Message("Dokument")
    String document();

    @Message("Hva er levert")
    String deliveryNote();

    @Message("Lenke til dokument (valgfritt)")
    String documentLink();

    @Message("Lever oppdraget")
    String deliver();

    @Message("Rapporteringspunkter")
    String reportingPoints();

    @Message("Rapporteringskrav")
    String dutiesHeading();

    @Message("Krav i tildelingsbrevet som ikke er indikatorer: dokumenter, tall og rapporter til byrådsavdelingen eller andre.")
    String dutiesHelp();

    @Message("{#switch s}{#case 'DELIVERED'}Levert{#case 'NOT_DELIVERED'}Ikke levert{#case 'MISSING'}Mangler{#case 'ONGOING'}Løpende{#else}{s}{/switch}")
    String dutyStatus(String s);

    @Message("Til {to}, {when}")
    String dutyToWhen(String to, String when);

    @Message("Gjelder: {concerns}")
    String dutyConcerns(String concerns);

    @Message("Sist meldt {at}: {note}")
    String dutyLatest(String at, String note);

    @Message("Er kravet levert?")
    String dutyDeliveredQuestion();

    @Message("Levert")
    String dutyYes();

    @Message("Ikke levert")
    String dutyNo();

    @Message("Dag det ble levert")
    String dutyDay();

    @Message("Merknad (påkrevd hvis ikke levert)")
    String dutyNote();

    @Message("Meld kravet")
    String dutySave();

    @Message("Skriv hvorfor kravet ikke er levert.")
    String whyNotDelivered();

    @Message("Skriv dagen det ble levert, for eksempel 12.3.2025.")
    String dayRequired();

    @Message("Krav")
    String dutiesColumn();

    @Message("Last opp måleverdier (CSV)")
    String uploadHeading();

    @Message("For ansatte i byrådsavdelingen: én rad per verdi med kolonnene unit,periodId,indicator,value,comment. Alt eller ingenting lagres.")
    String uploadHelp();

    @Message("CSV-fil")
    String csvFile();

    @Message("Last opp")
    String upload();

    @Message("{rows} {#if rows == 1}rad{#else}rader{/if} lagret ({units} {#if units == 1}enhet{#else}enheter{/if}, {indicators} {#if indicators == 1}indikator{#else}indikatorer{/if}).")
    String uploadStored(int rows, int units, int indicators);

    @Message("Filen ble ikke lagret: se problemene under.")
    String uploadRefused();

    @Message("Rad {row}, {field}")
    String uploadRow(int row, String field);

    @Message("Bare ansatte i byrådsavdelingen kan laste opp måleverdier.")
    String uploadForDepartment();

    @Message("Velg en CSV-fil.")
    String chooseAFile();

    @Message("Skriv et tall, for eksempel 81,5.")
    String notANumber();

    @Message("Skriv et helt tall i 1 000 kr, for eksempel 512 044.")
    String wholeThousands();

    @Message("Skriv en verdi; en kommentar lagres sammen med verdien.")
    String valueBeforeComment();

    @Message("Velg en status; verdi og kommentar lagres sammen med den.")
    String statusBeforeComment();

    @Message("Må fylles ut.")
    String required();

    @Message("Skriv en lenke som begynner med https://")
    String notALink();

    @Message("Skjemaet kunne ikke sendes: det var utløpt eller kom fra et annet nettsted. Last siden på nytt og prøv igjen.")
    String formTokenRefused();

    @Message("Oversikt for {period}")
    String overviewTitle(String period);

    @Message("Periodeoversikten er for ansatte i byrådsavdelingen.")
    String overviewForDepartment();

    @Message("Perioden er lukket. Rapportene vises under etter hvert som de kommer.")
    String closedNow();

    @Message("Perioden er gjenåpnet for enheten.")
    String reopenedNow();

    @Message("Perioden ble lukket {at}.")
    String periodClosedAt(String at);

    @Message("Perioden er åpen. {reported} av {total} enheter har rapportert alt som er til rapportering.")
    String periodOpenLine(int reported, int total);

    @Message("Lukk perioden")
    String closePeriod();

    @Message("Gjenåpnet for")
    String reopenedFor();

    @Message("{name} til {until}: {reason}")
    String reopenedLine(String name, String until, String reason);

    @Message("Filtre")
    String filters();

    @Message("Enheter")
    String unitKind();

    @Message("Alle enheter")
    String allUnits();

    @Message("Etater")
    String agencies();

    @Message("Bydeler")
    String districts();

    @Message("Byrådsavdeling")
    String departmentFilter();

    @Message("Alle byrådsavdelinger")
    String allDepartments();

    @Message("Bare enheter med noe som mangler")
    String missingOnly();

    @Message("Vis")
    String filter();

    @Message("{shown} av {total} enheter")
    String overviewCaption(int shown, int total);

    @Message("Enhet")
    String unit();

    @Message("Nådd")
    String metCount();

    @Message("Ikke nådd")
    String notMetCount();

    @Message("Mangler")
    String missingCount();

    @Message("Avvik (1 000 kr)")
    String deviationCol();

    @Message("Rapport")
    String reportCol();

    @Message("Gjenåpne")
    String reopen();

    @Message("Gjenåpne for {name}")
    String reopenFor(String name);

    @Message("Rapportert")
    String reported();

    @Message("Mangler")
    String missingState();

    @Message("Ikke bedt om")
    String notAsked();

    @Message("Tildelingsbrevet ber ikke om budsjettstatus i denne perioden.")
    String budgetNotDue();

    @Message("Ingen")
    String none();

    @Message("{reported} av {due}")
    String share(int reported, int due);

    @Message("Utkast")
    String draft();

    @Message("Revisjon {revision}")
    String revision(int revision);

    @Message("Mottatt: {kind} fra {unit} (revisjon {revision})")
    String reportArrived(String unit, String kind, int revision);

    @Message("{#switch kind}{#case 'indicator'}indikatorrapport{#case 'budget'}budsjettrapport{#else}klimarapport{/switch}")
    String reportKind(String kind);

    @Message("Lukke {period}?")
    String closeConfirmTitle(String period);

    @Message("{reported} av {total} enheter har rapportert alt. Når perioden lukkes, låses det som er lagret, og hver enhet får sin rapport. Det som mangler, rapporteres som manglende. Du kan gjenåpne perioden for én enhet etterpå.")
    String closeConfirmText(int reported, int total);

    @Message("Ja, lukk perioden")
    String confirmClose();

    @Message("Avbryt")
    String cancel();

    @Message("Gjenåpne {period} for {unit}")
    String reopenTitle(String unit, String period);

    @Message("Enheten kan rapportere igjen til fristen du setter. Neste gang perioden lukkes, sendes enhetens rapport på nytt som neste revisjon.")
    String reopenHelp();

    @Message("Åpen til og med dato")
    String openUntilDate();

    @Message("Klokkeslett (valgfritt, ellers 23.59)")
    String openUntilTime();

    @Message("Skriv en dato, for eksempel 2026-12-15.")
    String badDateTime();

    @Message("Periodeoversikt")
    String overviewLink();

    @Message("Trender")
    String trends();

    @Message("Ingen tall å vise ennå.")
    String noChartData();

    @Message("Diagram: {title}. Tallene står i tabellen under.")
    String chartAlt(String title);

    @Message("Tallene i diagrammet: {title}")
    String chartTable(String title);

    @Message("Last ned tallene (CSV)")
    String downloadCsv();

    @Message("Måles i {measure}.")
    String measuredIn(String measure);

    @Message("Periode")
    String period();

    @Message("Budsjett for {unit}")
    String budgetTrendTitle(String unit);

    @Message("År")
    String year();

    @Message("Budsjett")
    String budgetHeading();

    @Message("{name} – {unit} over tid")
    String trendOfUnit(String name, String unit);

    @Message("År eller periode")
    String yearOrPeriod();

    @Message("Historikk i tildelingsbrevet")
    String historyInLetter();

    @Message("Rapportert av {unit}")
    String reportedBy(String unit);

    @Message("Måltall")
    String targetSeries();

    @Message("{name} – bydelene i {period}")
    String trendOfDistricts(String name, String period);

    @Message("Rapportert verdi")
    String reportedValue();

    @Message("Alle bydeler side om side")
    String districtsSideBySide();

    @Message("Budsjettramme per år i økonomiplanen")
    String frameOverYears();

    @Message("Ramme")
    String frameSeries();

    @Message("Ramme, regnskap og prognose per rapportert periode i {year}")
    String budgetWithinYear(int year);

    @Message("Regnskap hittil i år")
    String actualsSeries();

    @Message("Prognose for året")
    String forecastSeries();

    @Message("«{code}» er ikke en indikatorkode.")
    String badIndicator(String code);

    @Message("Resultatindikatorer og budsjett over tid, som diagram og tabell")
    String trendsLink();

    @Message("Lukk perioden igjen (sender de gjenåpnede enhetenes rapporter på nytt)")
    String closeAgain();

    @Message("Perioden er lukket. Rapportene vises her etter hvert som de kommer.")
    String closedLive();
}
