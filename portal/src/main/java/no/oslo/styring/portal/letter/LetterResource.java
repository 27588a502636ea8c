package no.oslo.styring.portal.letter;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import no.oslo.styring.portal.web.Lang;
import no.oslo.styring.portal.web.Msg;
import no.oslo.styring.portal.web.PageException;
import no.oslo.styring.portal.web.PageParams;
import no.oslo.styring.portal.web.Pages;
import no.oslo.styring.portal.web.PortalConfig;

/**
 * The tildelingsbrev of a unit and year as a page ({@code /brev/2025/HEL}), any earlier version of it
 * ({@code ?versjon=1}), what changed between two versions ({@code /brev/2025/HEL/endringer?fra=1&til=2}), and the same
 * letter as a PDF ({@code /brev/2025/HEL/pdf}).
 */
@Path("/brev/{year}/{unit}")
@Authenticated
public class LetterResource {

    @Inject
    Template letter;

    @Inject
    Template letterPdf;

    @Inject
    Template letterDiff;

    @Inject
    Pages pages;

    @Inject
    Lang lang;

    @Inject
    LetterService letters;

    /**
     * PDFs laid out at once, at most: laying out a letter takes a core and tens of MB for a moment, so more at once only
     * queue for the CPU and fill the heap. The rest wait their turn (at most 30 s, then 503).
     */
    @Inject
    PortalConfig config;

    private Semaphore pdfTurns;

    @PostConstruct
    void init() {
        pdfTurns = new Semaphore(Math.max(1, config.pdf().concurrency()), true);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("year") String year, @PathParam("unit") String unit,
            @QueryParam("versjon") String version) {
        return pages.of(letter.data("doc", document(year, unit, version)));
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("year") String year, @PathParam("unit") String unit,
            @QueryParam("versjon") String version) {
        LetterDocument doc = document(year, unit, version);
        String xhtml = pages.of(letterPdf.data("doc", doc)).render();
        byte[] pdf;
        try {
            if (!pdfTurns.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new WebApplicationException(503);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebApplicationException(503);
        }
        try {
            pdf = PdfRenderer.render(xhtml, doc.title());
        } finally {
            pdfTurns.release();
        }
        String name = "tildelingsbrev-" + doc.year() + "-" + doc.unit() + (doc.earlierVersion() ? "-v" + doc.version() : "")
                + ".pdf";
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .build();
    }

    @GET
    @Path("/endringer")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance changes(@PathParam("year") String year, @PathParam("unit") String unit,
            @QueryParam("fra") String from, @QueryParam("til") String to) {
        Msg msg = lang.msg();
        int y = PageParams.year(year, msg);
        String u = PageParams.unit(unit, msg);
        LetterDocument doc = letters.letter(y, u, null);
        if (doc == null) {
            throw new PageException(404, msg.noLetter(u, y));
        }
        int f = PageParams.version(from, "fra", doc.currentVersion(), msg);
        int t = PageParams.version(to, "til", doc.currentVersion(), msg);
        LetterDiffView diff = letters.diff(y, u, f, t);
        return pages.of(letterDiff.data("doc", doc).data("diff", diff));
    }

    private LetterDocument document(String year, String unit, String version) {
        Msg msg = lang.msg();
        int y = PageParams.year(year, msg);
        String u = PageParams.unit(unit, msg);
        Integer v = version == null || version.isBlank()
                ? null
                : PageParams.version(version, "versjon", Integer.MAX_VALUE, msg);
        LetterDocument doc = letters.letter(y, u, v);
        if (doc == null) {
            throw new PageException(404, msg.noLetter(u, y));
        }
        return doc;
    }
}
