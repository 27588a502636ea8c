package no.oslo.styring.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import no.oslo.styring.platform.problem.ProblemException;

/**
 * Who is calling, and the unit rules that go with it: a reporter acts for the unit in its token only; department staff and
 * readers are not tied to a unit.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    SecurityConfig config;

    /** The user name (preferred_username, else the principal name). */
    public String name() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public boolean isDepartment() {
        return identity.hasRole(Roles.DEPARTMENT);
    }

    /** A caller whose only write right is its own unit's submissions. */
    public boolean isReporter() {
        return identity.hasRole(Roles.REPORTER) && !isDepartment();
    }

    /** The unit claim of the token, if any. */
    public Optional<String> unit() {
        Object claim = token.getClaim(config.unitClaim());
        if (claim instanceof JsonString json) {
            return Optional.of(json.getString());
        }
        return Optional.ofNullable(claim).map(Object::toString).filter(s -> !s.isBlank());
    }

    /** May this caller submit for the unit? Department staff may; a reporter only for its own unit. */
    public void requireMaySubmitFor(String unit) {
        if (isDepartment()) {
            return;
        }
        if (!isReporter() || !unit().map(unit::equals).orElse(false)) {
            String own = unit().map(u -> " (" + u + ")").orElse("");
            throw ProblemException.forbidden("You may submit only for your own unit" + own,
                    "Du kan bare rapportere for din egen enhet" + own);
        }
    }

    /** May this caller read the unit's unpublished submissions (drafts)? A reporter only its own unit's. */
    public void requireMayReadDraftsOf(String unit) {
        if (isReporter() && !unit().map(unit::equals).orElse(false)) {
            throw ProblemException.forbidden("You may read only your own unit's submissions",
                    "Du kan bare se det din egen enhet har rapportert");
        }
    }
}
