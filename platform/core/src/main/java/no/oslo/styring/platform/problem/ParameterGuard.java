package no.oslo.styring.platform.problem;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A path or query parameter that no API of ours can mean is refused before routing, as a 400 problem naming it: one
 * with the NUL character ({@code %00}, which PostgreSQL cannot store or compare), or one whose percent-encoding is not
 * UTF-8. Without this, such a value reached a query and came back as a 500.
 */
@ApplicationScoped
public class ParameterGuard {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 101).handler(rc -> {
            String[] refused = refused(rc);
            if (refused == null) {
                rc.next();
                return;
            }
            RouteProblems.send(rc, RouteProblems.problem(rc, 400, "invalid-parameter", "Invalid parameter",
                    "The parameter " + refused[0] + " " + refused[1]).put("errors",
                            new JsonArray()
                                    .add(new JsonObject().put("field", refused[0]).put("message", refused[1]))));
        });
    }

    /** The parameter refused and why, or null when every parameter may be read. */
    private static String[] refused(RoutingContext rc) {
        String uri = rc.request().uri();
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        String problem = problemOf(path);
        if (problem != null) {
            return new String[]{"path", problem};
        }
        if (q < 0) {
            return null;
        }
        for (String pair : uri.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            problem = problemOf(pair);
            if (problem != null) {
                String decodedName = problemOf(name) == null ? decoded(name) : "query";
                return new String[]{decodedName.isBlank() ? "query" : decodedName, problem};
            }
        }
        return null;
    }

    /** Why a raw (still percent-encoded) part of the URI cannot be read, or null. */
    private static String problemOf(String raw) {
        if (raw.toLowerCase(Locale.ROOT).contains("%00")) {
            return "must not contain the NUL character (%00)";
        }
        try {
            decodedStrictly(raw);
            return null;
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return "is not percent-encoded UTF-8";
        }
    }

    private static String decoded(String raw) {
        try {
            return decodedStrictly(raw);
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return "";
        }
    }

    private static String decodedStrictly(String raw) throws CharacterCodingException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("incomplete escape");
                }
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
    }
}
