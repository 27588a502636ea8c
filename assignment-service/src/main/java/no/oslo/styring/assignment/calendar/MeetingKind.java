package no.oslo.styring.assignment.calendar;

/** The meetings of the styringsdialog the letters name, with the names users see. */
public enum MeetingKind {
    ETATSSTYRINGSMOTE("Etatsstyringsmøte"), OPPDRAGSSTYRINGSMOTE("Oppdragsstyringsmøte"), KONTAKTMOTE(
            "Kontaktmøte"), FAGMOTE("Fagmøte"), STARTMOTE("Startmøte"), LEDERSAMTALE("Ledersamtale"), SEKTORDIREKTORMOTE(
                    "Sektordirektørmøte"), BOS_MOTE("Møte i forsterket økonomisk oppfølging (BØS)"), SAMLING("Samling");

    private final String labelNb;

    MeetingKind(String labelNb) {
        this.labelNb = labelNb;
    }

    public String labelNb() {
        return labelNb;
    }
}
