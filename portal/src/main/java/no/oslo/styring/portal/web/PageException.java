package no.oslo.styring.portal.web;

/** A request the portal refuses itself, with the status and the message (already in the person's language) to show. */
public class PageException extends RuntimeException {

    private final int status;

    public PageException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
