package no.oslo.styring.portal.reporting;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

import no.oslo.styring.portal.web.Forms;
import no.oslo.styring.portal.web.Lang;
import no.oslo.styring.portal.web.Msg;
import no.oslo.styring.portal.web.PageException;
import no.oslo.styring.portal.web.PageParams;
import no.oslo.styring.portal.web.Pages;
import no.oslo.styring.portal.web.Viewer;

/**
 * A unit's reporting page for a period: everything it owes, one form per kind (indicators, tiltak, budget status,
 * climate, oppdrag), and for department staff the bulk upload. A save that the services accept answers 303 back to the
 * page (post, redirect, get); one they refuse shows the page again (422) with the person's own text and the message at
 * each refused field. Forms carry the CSRF token ({@link no.oslo.styring.portal.web.CsrfGuard}).
 */
@Path("/rapportering/{period}/{unit}")
@Authenticated
public class ReportingResource {

    /** Sections of the page, as the anchors and the {@code lagret} parameter name them. */
    static final String INDICATORS = "indikatorer";
    static final String TILTAK = "tiltak";
    static final String BUDGET = "budsjett";
    static final String CLIMATE = "klima";
    static final String OPPDRAG = "oppdrag";
    static final String DUTIES = "krav";
    static final String UPLOAD = "opplasting";

    @Inject
    Template reporting;

    @Inject
    Pages pages;

    @Inject
    Lang lang;

    @Inject
    Viewer viewer;

    @Inject
    ReportingService service;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("period") String period, @PathParam("unit") String unit,
            @QueryParam("lagret") String saved) {
        check(period, unit);
        Entered entered = Entered.none();
        if (saved != null && saved.matches("^[a-z]{1,20}$")) {
            entered.notice = lang.msg().savedNotice();
        }
        return render(period, unit, entered, 200);
    }

    /** Saves one kind (indikatorer, tiltak, budsjett, klima): each changed value is one submission to its service. */
    @POST
    @WithFormRead
    @Path("/{section:indikatorer|tiltak|budsjett|klima}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("period") String period, @PathParam("unit") String unit,
            @PathParam("section") String section, ServerRequestContext form) {
        check(period, unit);
        Entered entered = Entered.of(Forms.fields(form));
        switch (section) {
            case INDICATORS -> service.saveIndicators(period, unit, entered);
            case TILTAK -> service.saveTiltak(period, unit, entered);
            case BUDGET -> service.saveBudget(period, unit, entered);
            case CLIMATE -> service.saveClimate(period, unit, entered);
            default -> throw new PageException(404, lang.msg().notFoundTitle());
        }
        return after(period, unit, section, entered);
    }

    @POST
    @WithFormRead
    @Path("/" + OPPDRAG + "/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response deliver(@PathParam("period") String period, @PathParam("unit") String unit,
            @PathParam("id") long id, ServerRequestContext form) {
        check(period, unit);
        Entered entered = Entered.of(Forms.fields(form));
        service.deliver(unit, id, entered);
        return after(period, unit, OPPDRAG, entered);
    }

    /** A unit says whether a reporting duty was delivered (for an ongoing one: on which day). */
    @POST
    @WithFormRead
    @Path("/" + DUTIES + "/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response fulfilDuty(@PathParam("period") String period, @PathParam("unit") String unit,
            @PathParam("id") long id, ServerRequestContext form) {
        check(period, unit);
        Entered entered = Entered.of(Forms.fields(form));
        service.fulfilDuty(period, unit, id, "dag".equals(entered.text("kravform." + id)), entered);
        return after(period, unit, DUTIES, entered);
    }

    /** Department staff: a CSV file of measurements; the answer is the page with what was stored or every problem. */
    @POST
    @Path("/" + UPLOAD)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("period") String period, @PathParam("unit") String unit,
            @RestForm("fil") FileUpload file) throws IOException {
        check(period, unit);
        if (!viewer.isDepartment()) {
            throw new PageException(403, lang.msg().uploadForDepartment());
        }
        Entered entered = Entered.none();
        String csv = file == null || file.uploadedFile() == null ? null : Files.readString(file.uploadedFile());
        service.upload(csv, entered);
        return render(period, unit, entered, entered.refused() ? 422 : 200);
    }

    private Response after(String period, String unit, String section, Entered entered) {
        if (entered.refused()) {
            return render(period, unit, entered, 422);
        }
        return Response.seeOther(URI.create("/rapportering/" + period + "/" + unit + "?lagret=" + section + "#" + section))
                .build();
    }

    private Response render(String period, String unit, Entered entered, int status) {
        return pages.respond(status, reporting.data("page", service.page(period, unit, entered)));
    }

    private void check(String period, String unit) {
        Msg msg = lang.msg();
        PageParams.period(period, msg);
        PageParams.unit(unit, msg);
    }
}
