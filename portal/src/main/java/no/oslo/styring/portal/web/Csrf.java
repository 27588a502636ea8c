package no.oslo.styring.portal.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The form token against cross-site request forgery, by double submit: a random token in a cookie that only this site can
 * read or set ({@code HttpOnly}, {@code SameSite=Strict}), and the same token in a hidden field of every form
 * ({@code {csrf.field}} in a template). {@link CsrfGuard} refuses a POST whose field does not equal the cookie. Another
 * site can make a browser post a form, but cannot know the token to put in it.
 *
 * <p>
 * Quarkus' own extension for this ({@code quarkus-rest-csrf}) does not resolve from the registry this project builds
 * against, so the portal carries these two small classes instead.
 */
@RequestScoped
@Named("csrf")
public class Csrf {

    public static final String COOKIE = "styring-csrf";
    public static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    @Inject
    RoutingContext request;

    @Inject
    PortalConfig config;

    private String token;

    /** The person's token: the cookie's, or a new one that is set as the cookie on this answer. */
    public String token() {
        if (token == null) {
            Cookie cookie = request.request().getCookie(COOKIE);
            if (cookie != null && wellFormed(cookie.getValue())) {
                token = cookie.getValue();
            } else {
                byte[] bytes = new byte[BYTES];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                request.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                        .setSecure(config.secureCookies()).setSameSite(CookieSameSite.STRICT));
            }
        }
        return token;
    }

    /** The hidden field's name, for templates. */
    public String field() {
        return FIELD;
    }

    /** Whether a posted token is the cookie's (compared in constant time). */
    static boolean matches(String cookie, String posted) {
        if (cookie == null || posted == null || !wellFormed(cookie)) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(), posted.getBytes());
    }

    static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
    }
}
