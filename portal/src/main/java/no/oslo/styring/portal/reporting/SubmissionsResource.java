package no.oslo.styring.portal.reporting;

import java.util.ArrayList;
import java.util.List;

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
import no.oslo.styring.portal.api.BudgetApi;
import no.oslo.styring.portal.api.ClimateApi;
import no.oslo.styring.portal.api.IndicatorApi;
import no.oslo.styring.portal.web.Lang;
import no.oslo.styring.portal.web.Msg;
import no.oslo.styring.portal.web.NorwegianFormat;
import no.oslo.styring.portal.web.PageParams;
import no.oslo.styring.portal.web.Pages;

/**
 * What a unit has saved for a period so far (its drafts until the close): budget status with the derived deviation,
 * measurements, tiltak status and climate status, read from the services with the person's token, so that a reporter
 * of another unit gets the services' 403 as a page. The reporting forms build on it.
 */
@Path("/rapportering/{period}/{unit}")
@Authenticated
public class SubmissionsResource {

    @Inject
    Template submissions;

    @Inject
    Pages pages;

    @Inject
    Lang lang;

    @Inject
    @RestClient
    AssignmentApi assignment;

    @Inject
    @RestClient
    BudgetApi budget;

    @Inject
    @RestClient
    IndicatorApi indicator;

    @Inject
    @RestClient
    ClimateApi climate;

    /** One saved value: what, the value as formatted, the comment, who saved it and when. */
    @TemplateData
    public record Saved(String what, String value, String comment, String by, String at) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("period") String period, @PathParam("unit") String unit) {
        Msg msg = lang.msg();
        PageParams.period(period, msg);
        PageParams.unit(unit, msg);
        JsonNode state = assignment.period(period);
        List<Saved> budgetStatus = new ArrayList<>();
        for (JsonNode b : budget.budgetStatus(unit, period)) {
            String deviation = b.path("deviation").isIntegralNumber()
                    ? NorwegianFormat.amount(b.path("deviation").asLong()) + " (" + b.path("deviationKind").asText() + ")"
                    : "";
            budgetStatus.add(new Saved(msg.actualsAndForecast(), NorwegianFormat.amount(b.path("actualsToDate").asLong())
                    + " / " + NorwegianFormat.amount(b.path("yearEndForecast").asLong()) + (deviation.isEmpty()
                            ? ""
                            : " – " + msg.deviation() + " " + deviation),
                    b.path("comment").asText(""),
                    b.path("submittedBy").asText(), b.path("submittedAt").asText()));
        }
        List<Saved> measurements = new ArrayList<>();
        for (JsonNode m : indicator.measurements(unit, period)) {
            measurements.add(new Saved(m.path("indicator").asText(), m.path("value").isNumber()
                    ? NorwegianFormat.decimal(m.path("value").decimalValue())
                    : "", m.path("comment").asText(""),
                    m.path("submittedBy").asText(), m.path("submittedAt").asText()));
        }
        List<Saved> tiltak = new ArrayList<>();
        for (JsonNode t : indicator.tiltakStatuses(unit, period)) {
            tiltak.add(new Saved(t.path("tiltakKey").asText(), t.path("status").asText(),
                    t.path("comment").asText(""), t.path("submittedBy").asText(), t.path("submittedAt").asText()));
        }
        List<Saved> climateStatus = new ArrayList<>();
        for (JsonNode c : climate.measureStatus(unit, period)) {
            climateStatus.add(new Saved(c.path("indicator").asText(), (c.path("value").isNumber()
                    ? NorwegianFormat.decimal(c.path("value").decimalValue()) + " – "
                    : "") + c.path("status").asText(),
                    c.path("comment").asText(""), c.path("submittedBy").asText(), c.path("submittedAt").asText()));
        }
        return pages.of(submissions.data("period", period).data("unit", unit)
                .data("periodLabel", state.path("labelNb").asText(period)).data("status", state.path("status").asText())
                .data("budget", budgetStatus).data("measurements", measurements).data("tiltak", tiltak)
                .data("climate", climateStatus));
    }
}
