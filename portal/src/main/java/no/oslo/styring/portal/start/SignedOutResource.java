package no.oslo.styring.portal.start;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import no.oslo.styring.portal.web.Pages;

/** Where sign-out ends (the provider's session is ended too), and where a failed sign-in ends: open to everyone. */
@Path("/")
public class SignedOutResource {

    @Inject
    Template signedOut;

    @Inject
    Template signInFailed;

    @Inject
    Pages pages;

    @GET
    @Path("utlogget")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return pages.of(signedOut.instance());
    }

    @GET
    @Path("innlogging-feilet")
    @Produces(MediaType.TEXT_HTML)
    public Response failed() {
        return Response.status(401).entity(pages.of(signInFailed.instance()).render()).type(MediaType.TEXT_HTML).build();
    }
}
