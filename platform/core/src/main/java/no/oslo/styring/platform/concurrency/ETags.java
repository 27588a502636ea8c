package no.oslo.styring.platform.concurrency;

import java.util.List;

import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP (RFC 9110): a resource's version is its entity tag, and a change must name the version it
 * was made from in {@code If-Match}. A change without it is refused with 428, one made from an older version with 412, so
 * that two editors never silently overwrite each other.
 */
public final class ETags {

    private ETags() {
    }

    /** The strong entity tag of a version, e.g. {@code "3"}. */
    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /**
     * Whether a conditional header ({@code If-Match}, {@code If-None-Match}) names the version: one of its comma-separated
     * tags is the version's tag, weak ({@code W/"3"}) or strong, or {@code *}.
     */
    public static boolean matches(String header, int version) {
        if (header == null) {
            return false;
        }
        String tag = of(version);
        for (String t : header.split(",")) {
            String candidate = t.strip();
            if (candidate.equals("*") || candidate.equals(tag) || candidate.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passes if {@code ifMatch} names the current version (or is {@code *}); a weak tag ({@code W/"3"}) is compared by
     * its value.
     *
     * @throws ProblemException 428 when the header is missing, 412 when it names another version
     */
    public static void requireMatch(String ifMatch, int current, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "A change of " + what + " must say which version it was made from: send If-Match: " + of(current)
                            + " (the ETag of your GET)",
                    List.of(new FieldError("If-Match", "is required")));
        }
        if (matches(ifMatch, current)) {
            return;
        }
        throw new ProblemException(412, "precondition-failed", "Changed by someone else",
                what + " is at version " + current + " now, but this change was made from " + ifMatch.strip()
                        + ": read it again and redo the change",
                List.of(new FieldError("If-Match", "does not match the current version " + of(current))));
    }
}
