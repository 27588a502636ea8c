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

    @Message("Innsendt for {period}")
    String submittedFor(String period);

    @Message("Lagret til perioden lukkes. Etter lukking er det dette som er rapportert.")
    String draftsNote();

    @Message("Perioden er lukket: dette er det som ble rapportert.")
    String closedNote();

    @Message("Budsjettstatus")
    String budgetStatus();

    @Message("Regnskap hittil i år / prognose")
    String actualsAndForecast();

    @Message("avvik")
    String deviation();

    @Message("Måleverdier")
    String measurements();

    @Message("Tiltak, status")
    String tiltakStatus();

    @Message("Klimabudsjett, status")
    String climateStatus();

    @Message("Ingenting lagret ennå.")
    String nothingSaved();

    @Message("Verdi")
    String value();

    @Message("Kommentar")
    String comment();

    @Message("Lagret av")
    String savedBy();
}
