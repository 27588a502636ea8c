package no.oslo.styring.platform.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import no.oslo.styring.platform.problem.Problem.FieldError;

/**
 * The one mapping from exceptions to RFC 9457 problem details, for every service. Each mapper handles one kind of failure;
 * anything unforeseen is logged with an id and answered with a 500 problem that carries only that id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        boolean bokmal = e.hasBokmal() && prefersBokmal(headers);
        Response response = respond(e.toProblem(bokmal), uri);
        return bokmal ? Response.fromResponse(response).header(HttpHeaders.CONTENT_LANGUAGE, "nb").build() : response;
    }

    /** Whether the caller's Accept-Language puts Norwegian (nb, no or nn) before English. */
    static boolean prefersBokmal(HttpHeaders headers) {
        for (java.util.Locale locale : headers.getAcceptableLanguages()) {
            String language = locale.getLanguage();
            if (language.equals("nb") || language.equals("no") || language.equals("nn")) {
                return true;
            }
            if (language.equals("en")) {
                return false;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response validation(ResteasyReactiveViolationException e, UriInfo uri, HttpHeaders headers) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (returnValue) {
            return unexpected(e, uri); // the service broke its own contract: a server error, not the caller's
        }
        return invalid(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        return invalid(e, uri, headers);
    }

    private Response invalid(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        // one order for both languages: by field, then by the English message
        List<ConstraintViolation<?>> violations = new ArrayList<>(e.getConstraintViolations());
        violations.sort(Comparator.comparing((ConstraintViolation<?> v) -> fieldName(v.getPropertyPath()))
                .thenComparing(ConstraintViolation::getMessage));
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> bokmal = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            String field = fieldName(v.getPropertyPath());
            errors.add(new FieldError(field, v.getMessage()));
            bokmal.add(new FieldError(field, BokmalConstraints.message(v)));
        }
        String detail = bokmal.size() == 1
                ? bokmal.get(0).field() + ": " + bokmal.get(0).message()
                : bokmal.size() + " felt er feil";
        return problem(ProblemException.invalid(errors).inBokmal(detail, bokmal), uri, headers);
    }

    /** Malformed JSON or a value of the wrong type: name the field by its JSON path. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String message = describe(e);
        if (field.isEmpty()) {
            return respond(new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                    "The request body is not valid JSON: " + message, null, List.of(new FieldError("body", message))),
                    uri);
        }
        return respond(ProblemException.invalidField(field, message).toProblem(), uri);
    }

    /** Quarkus maps these subtypes itself; ours name the field. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadable(MismatchedInputException e, UriInfo uri) {
        return unreadable((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadable(InvalidFormatException e, UriInfo uri) {
        return unreadable((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadable(com.fasterxml.jackson.databind.exc.ValueInstantiationException e, UriInfo uri) {
        return unreadable((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadable(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(ProblemException.invalidField(jsonPath(e), "is not a known field").toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationCompletionException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemException.forbidden("Your role does not allow this request",
                "Rollen din gir ikke lov til dette"), uri, headers);
    }

    /** JAX-RS answers of the framework itself: unknown path (404), wrong method (405), wrong media type (415), … */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == 400 && e.getCause() instanceof JsonProcessingException unreadable) {
            // the JSON reader wraps what it could not read (a value a type refused itself): name the field
            return unreadable(unreadable, uri);
        }
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        return respond(new Problem(Problem.type(slug(status.getReasonPhrase())), status.getReasonPhrase(),
                status.getStatusCode(), e.getMessage(), null, List.of()), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "The request failed unexpectedly; the error was logged as " + id, null, List.of()), uri);
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(new Problem(Problem.type("unauthenticated"), "Unauthenticated", 401,
                "A valid bearer token is required", null, List.of()), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(URI.create(uri.getRequestUri().getRawPath()))).build();
    }

    /** The property path without the method and parameter nodes: {@code submit.body.lines[2].amount} → {@code lines[2].amount}. */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() && parameter != null ? parameter : name.toString();
    }

    /**
     * What is wrong with a value or with the JSON, in the reader's words: «"abc" is not a number», «must be a date such as
     * 2025-06-20», or the parser's reason with its line and column; never a Java type's name.
     */
    static String describe(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException v
                && v.getCause() instanceof IllegalArgumentException refused) {
            // a type that checks its own value says what is wrong with it
            return refused.getMessage();
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
            return "must not be null: a list has no empty items";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            // a text refused by what it contains (StrictJson): the reason, without echoing the text
            return f.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            return "'" + f.getValue() + "' " + expected(f.getTargetType()).replaceFirst("^must be", "is not");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return expected(m.getTargetType());
        }
        String reason = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        // the parser's own words name no class, but a mapping problem may: leave the reason, drop the type
        reason = reason.replaceAll("`[^`]*`", "the value").replaceAll("\\s*\\n.*", "");
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1
                ? reason
                : reason + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** What a value of the type must be, as a client reads it. */
    static String expected(Class<?> type) {
        Class<?> t = type.isPrimitive() ? boxed(type) : type;
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class
                || t == java.math.BigInteger.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(t)) {
            return "must be a number, such as 81.5";
        }
        if (t == Boolean.class) {
            return "must be true or false";
        }
        if (t == String.class || t == Character.class) {
            return "must be a text";
        }
        if (t.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(t.getEnumConstants());
        }
        if (t == java.time.LocalDate.class) {
            return "must be a date such as 2025-06-20";
        }
        if (t == java.time.Instant.class || t == java.time.OffsetDateTime.class || t == java.time.ZonedDateTime.class) {
            return "must be a date and time such as 2025-06-20T10:00:00Z";
        }
        if (t.isArray() || java.util.Collection.class.isAssignableFrom(t)) {
            return "must be a list";
        }
        return "must be an object with the fields the API describes";
    }

    private static Class<?> boxed(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            default -> Character.class;
        };
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String slug(String phrase) {
        return phrase.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
