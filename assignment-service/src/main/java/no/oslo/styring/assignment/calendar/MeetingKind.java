package no.oslo.styring.assignment.calendar;

/** The meetings of the styringsdialog, with the names users see. */
public enum MeetingKind {
    ETATSSTYRINGSMOTE("Etatsstyringsmøte"), KONTAKTMOTE("Kontaktmøte"), FAGMOTE("Fagmøte"), STARTMOTE(
            "Startmøte"), LEDERSAMTALE("Ledersamtale");

    private final String labelNb;

    MeetingKind(String labelNb) {
        this.labelNb = labelNb;
    }

    public String labelNb() {
        return labelNb;
    }
}
