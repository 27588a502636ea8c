package no.oslo.styring.portal.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in person as the pages see them: name, role (department staff, reporter, reader) and a reporter's unit, from
 * the tokens of the code flow. The APIs decide what the person may read; the pages only choose what to offer.
 */
@RequestScoped
@TemplateData
@Named("viewer")
public class Viewer {

    public static final String DEPARTMENT = "department";
    public static final String REPORTER = "reporter";
    public static final String READER = "reader";

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    JsonWebToken accessToken;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        String name = claim(idToken, "name");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public String username() {
        String name = claim(idToken, "preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public boolean isDepartment() {
        return identity.hasRole(DEPARTMENT);
    }

    public boolean isReporter() {
        return identity.hasRole(REPORTER);
    }

    public boolean isReader() {
        return identity.hasRole(READER);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** A reporter's own unit (the token's {@code unit} claim), or null. */
    public String unit() {
        return claim(accessToken, "unit");
    }

    private static String claim(JsonWebToken token, String name) {
        if (token == null || token.getRawToken() == null) {
            return null;
        }
        Object value = token.getClaim(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }
}
