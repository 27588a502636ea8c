package no.oslo.styring.portal.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import no.oslo.styring.portal.web.Lang;
import no.oslo.styring.portal.web.PageParams;
import no.oslo.styring.portal.web.Pages;

/** Every letter of a year ({@code /brev/2024}): each with its issuing departments and a link per recipient. */
@Path("/brev/{year}")
@Authenticated
public class YearResource {

    @Inject
    Template letters;

    @Inject
    Pages pages;

    @Inject
    Lang lang;

    @Inject
    @RestClient
    AssignmentApi assignment;

    @Inject
    Units units;

    /** A letter of the year. */
    @TemplateData
    public record YearLetter(String title, List<String> issuers, List<Recipient> recipients) {
    }

    /** A recipient, with its page's code. */
    @TemplateData
    public record Recipient(String code, String name) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("year") String year) {
        int y = PageParams.year(year, lang.msg());
        Map<String, String> names = units.names();
        List<YearLetter> out = new ArrayList<>();
        for (JsonNode l : assignment.letters(y, null)) {
            List<String> issuers = new ArrayList<>();
            l.path("issuers").forEach(i -> issuers.add(names.getOrDefault(i.asText(), i.asText())));
            List<Recipient> recipients = new ArrayList<>();
            l.path("recipients").forEach(r -> recipients.add(new Recipient(r.asText(), names.getOrDefault(r.asText(),
                    r.asText()))));
            out.add(new YearLetter(l.path("title").asText(), issuers, recipients));
        }
        return pages.of(letters.data("year", y).data("letters", out));
    }
}
