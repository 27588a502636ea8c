package no.oslo.styring.targets;

/** A target text that is not in the grammar; the message quotes it and says what was expected. */
public class TargetSyntaxException extends IllegalArgumentException {

    private final String text;

    public TargetSyntaxException(String text, String reason) {
        super("'" + text + "' is not a target: " + reason + ". Expected e.g. 80, 60,9, >75,2 %, >=7 961, <=629, 100 %, *, "
                + "N/A, xx or \"Minst like godt resultat som for 2023\"");
        this.text = text;
    }

    /** The text that did not parse. */
    public String text() {
        return text;
    }
}
