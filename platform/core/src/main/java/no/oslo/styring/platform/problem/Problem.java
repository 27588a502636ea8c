package no.oslo.styring.platform.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document, with field-level {@code errors} for validation problems.
 *
 * @param type a URI that identifies the problem type ({@code urn:no:oslo:styring:problem:period-closed})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:no:oslo:styring:problem:";

    /** A problem type URI from its short name, e.g. {@code period-closed}. */
    public static URI type(String name) {
        return URI.create(TYPE_PREFIX + name);
    }

    public Problem withInstance(URI instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    /** What is wrong with one field of the request; {@code field} is a JSON path like {@code lines[2].amount}. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
