package no.oslo.styring.portal.start;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import no.oslo.styring.portal.api.AssignmentApi;
import no.oslo.styring.portal.api.Units;
import no.oslo.styring.portal.web.Pages;
import no.oslo.styring.portal.web.Viewer;

/**
 * The start page after sign-in, for the person's role: department staff see the letters they issued and the open
 * periods; a reporter its own unit's letter, open periods and oppdrag; a reader the letters it may read.
 */
@Path("/")
@Authenticated
public class StartResource {

    /** Open periods listed, the nearest deadlines first. */
    private static final int SHOWN_PERIODS = 6;

    @Inject
    Template start;

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    @Inject
    @RestClient
    AssignmentApi assignment;

    @Inject
    Units units;

    /** A letter in a list: its page is {@code /brev/{year}/{unit}} for each recipient. */
    @TemplateData
    public record LetterLink(int year, String title, String reference, List<Recipient> recipients) {
    }

    /** A recipient of a letter: its code (in the page's address) and name. */
    @TemplateData
    public record Recipient(String code, String name) {
    }

    /** An open period. */
    @TemplateData
    public record OpenPeriod(String id, String label, String deadline) {
    }

    /** An oppdrag of the reporter's unit. */
    @TemplateData
    public record OppdragLine(String title, String deadline, String status, boolean overdue) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        String unit = viewer.isReporter() ? viewer.unit() : null;
        Map<String, String> names = units.names();
        List<LetterLink> letters = new ArrayList<>();
        for (JsonNode l : assignment.letters(null, unit)) {
            List<Recipient> recipients = new ArrayList<>();
            l.path("recipients").forEach(r -> recipients.add(new Recipient(r.asText(), names.getOrDefault(r.asText(),
                    r.asText()))));
            if (unit != null) {
                recipients.removeIf(r -> !r.code().equals(unit));
            }
            letters.add(new LetterLink(l.path("year").asInt(), l.path("title").asText(), l.path("reference").asText(""),
                    recipients));
        }
        letters.sort(Comparator.comparingInt(LetterLink::year).reversed().thenComparing(LetterLink::title));

        int year = LocalDate.now().getYear();
        List<OpenPeriod> open = new ArrayList<>();
        for (int y = year - 1; y <= year; y++) {
            for (JsonNode p : assignment.periods(y)) {
                if ("OPEN".equals(p.path("status").asText()) || "REOPENED".equals(p.path("status").asText())) {
                    open.add(new OpenPeriod(p.path("id").asText(), p.path("labelNb").asText(p.path("id").asText()),
                            p.path("deadline").asText("")));
                }
            }
        }
        List<OppdragLine> oppdrag = new ArrayList<>();
        if (unit != null) {
            for (JsonNode o : assignment.oppdrag(null, unit)) {
                oppdrag.add(new OppdragLine(o.path("title").asText(), o.path("deadline").asText(o.path("deadlinePeriod")
                        .asText("")), o.path("status").asText(), o.path("overdue").asBoolean(false)));
            }
        }
        open.sort(Comparator.comparing(OpenPeriod::deadline));
        int more = Math.max(0, open.size() - SHOWN_PERIODS);
        return pages.of(start.data("letters", letters).data("open", open.subList(0, Math.min(open.size(), SHOWN_PERIODS)))
                .data("morePeriods", more).data("oppdrag", oppdrag).data("unit", unit));
    }
}
