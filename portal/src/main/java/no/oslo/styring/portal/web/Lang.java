package no.oslo.styring.portal.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The page language: bokmål unless the person chose English. A choice ({@code ?lang=en} or {@code ?lang=nb}, the
 * header's language link) is kept in the {@code styring-lang} cookie.
 */
@RequestScoped
@Named("lang")
public class Lang {

    public static final String COOKIE = "styring-lang";
    public static final Locale BOKMAL = Locale.forLanguageTag("nb");

    @Inject
    RoutingContext request;

    private String code;

    public String code() {
        if (code == null) {
            String chosen = request.queryParams().get("lang");
            if ("en".equals(chosen) || "nb".equals(chosen)) {
                code = chosen;
                request.response().addCookie(Cookie.cookie(COOKIE, chosen).setPath("/").setHttpOnly(true)
                        .setSameSite(io.vertx.core.http.CookieSameSite.LAX).setMaxAge(365L * 24 * 3600));
            } else {
                Cookie cookie = request.request().getCookie(COOKIE);
                code = cookie != null && "en".equals(cookie.getValue()) ? "en" : "nb";
            }
        }
        return code;
    }

    public Locale locale() {
        return "en".equals(code()) ? Locale.ENGLISH : BOKMAL;
    }

    /** The interface text in the person's language. */
    public Msg msg() {
        return MessageBundles.get(Msg.class, Localized.Literal.of(locale().toLanguageTag()));
    }

    public boolean english() {
        return "en".equals(code());
    }
}
