package no.oslo.styring.platform.problem;

import java.util.List;

import no.oslo.styring.platform.problem.Problem.FieldError;

/** A domain or request problem with its HTTP status; the one exception business code throws for a 4xx answer. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private String detailNb;
    private List<FieldError> errorsNb = List.of();

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * The same problem in bokmål, for a caller whose Accept-Language asks for it (the portal): the detail, and the field
     * messages in the order of the English ones.
     */
    public ProblemException inBokmal(String detail, List<FieldError> fieldErrors) {
        this.detailNb = detail;
        this.errorsNb = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        return this;
    }

    /** 400: one field of the request is wrong, said in English and in bokmål. */
    public static ProblemException invalidField(String field, String message, String messageNb) {
        return invalidField(field, message).inBokmal(field + ": " + messageNb, List.of(new FieldError(field, messageNb)));
    }

    /** 409, said in English and in bokmål. */
    public static ProblemException conflict(String type, String title, String detail, String detailNb) {
        return conflict(type, title, detail).inBokmal(detailNb, null);
    }

    /** 403, said in English and in bokmål. */
    public static ProblemException forbidden(String detail, String detailNb) {
        return forbidden(detail).inBokmal(detailNb, null);
    }

    /** 400: one field of the request is wrong. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    /** 400: several fields of the request are wrong. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request",
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid",
                errors);
    }

    /** 404: the resource with this id does not exist. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " '" + id + "' does not exist", null);
    }

    /** 403: the caller may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    /** 409: the request conflicts with the resource's state. */
    public static ProblemException conflict(String type, String title, String detail) {
        return new ProblemException(409, type, title, detail, null);
    }

    /** 422: a field refers to something that does not exist (an unknown unit, say). */
    public static ProblemException unknownReference(String field, String message) {
        return new ProblemException(422, "unknown-reference", "Unknown reference", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return new Problem(Problem.type(type), title, status, getMessage(), null, errors);
    }

    /** The problem in bokmål where it was given in bokmål; otherwise as {@link #toProblem()}. */
    public Problem toProblem(boolean bokmal) {
        if (!bokmal || detailNb == null) {
            return toProblem();
        }
        return new Problem(Problem.type(type), title, status, detailNb, null,
                errorsNb.size() == errors.size() ? errorsNb : errors);
    }

    /** Whether this problem has a bokmål text. */
    public boolean hasBokmal() {
        return detailNb != null;
    }
}
