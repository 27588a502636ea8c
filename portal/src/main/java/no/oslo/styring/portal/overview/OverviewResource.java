package no.oslo.styring.portal.overview;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestStreamElementType;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import no.oslo.styring.portal.api.Units;
import no.oslo.styring.portal.web.Lang;
import no.oslo.styring.portal.web.Msg;
import no.oslo.styring.portal.web.PageException;
import no.oslo.styring.portal.web.PageParams;
import no.oslo.styring.portal.web.Pages;
import no.oslo.styring.portal.web.PortalConfig;
import no.oslo.styring.portal.web.Viewer;

/**
 * The period overview for department staff ({@code /perioder/{period}}): every unit's row with filters, closing the
 * period and reopening it for one unit (each behind a confirmation page and a CSRF-checked form), and the live feed of
 * reports as they arrive ({@code /perioder/{period}/hendelser}, server-sent events), which the page's script applies to
 * its rows without a reload.
 */
@Path("/perioder/{period}")
@Authenticated
public class OverviewResource {

    @Inject
    Template overview;

    @Inject
    Template closeConfirm;

    @Inject
    Template reopen;

    @Inject
    Pages pages;

    @Inject
    Lang lang;

    @Inject
    Viewer viewer;

    @Inject
    OverviewService service;

    @Inject
    LiveReports live;

    @Inject
    PortalConfig config;

    @Inject
    Units units;

    /** A row's cells as the browser applies them: the unit, and text and state per cell. */
    public record LiveRow(String unit, String kind, int revision, Map<String, OverviewRow.Cell> cells, String announce) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("period") String period, @QueryParam("type") String kind,
            @QueryParam("avdeling") String department, @QueryParam("mangler") String missingOnly,
            @QueryParam("melding") String message) {
        check(period);
        OverviewService.Filter filter = new OverviewService.Filter(
                "AGENCY".equals(kind) || "DISTRICT".equals(kind) ? kind : null,
                department != null && department.matches("^[A-Z0-9]{2,12}$") ? department : null,
                missingOnly != null);
        String notice = switch (message == null ? "" : message) {
            case "lukket" -> lang.msg().closedNow();
            case "gjenapnet" -> lang.msg().reopenedNow();
            default -> null;
        };
        return pages.respond(200, overview.data("o", service.overview(period, filter)).data("notice", notice));
    }

    @GET
    @Path("/lukk")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmClose(@PathParam("period") String period) {
        check(period);
        return pages.respond(200, closeConfirm.data("o", service.overview(period, OverviewService.Filter.ALL))
                .data("error", null));
    }

    @POST
    @Path("/lukk")
    @Produces(MediaType.TEXT_HTML)
    public Response close(@PathParam("period") String period) {
        check(period);
        String problem = service.close(period);
        if (problem != null) {
            return pages.respond(409, closeConfirm.data("o", service.overview(period, OverviewService.Filter.ALL))
                    .data("error", problem));
        }
        return Response.seeOther(URI.create("/perioder/" + period + "?melding=lukket")).build();
    }

    @GET
    @Path("/gjenapne/{unit}")
    @Produces(MediaType.TEXT_HTML)
    public Response reopenForm(@PathParam("period") String period, @PathParam("unit") String unit) {
        check(period);
        PageParams.unit(unit, lang.msg());
        return reopenPage(200, period, unit, Map.of(), "", "", "");
    }

    @POST
    @Path("/gjenapne/{unit}")
    @Produces(MediaType.TEXT_HTML)
    public Response reopen(@PathParam("period") String period, @PathParam("unit") String unit,
            @RestForm String reason, @RestForm String date, @RestForm String time) {
        check(period);
        PageParams.unit(unit, lang.msg());
        Map<String, String> errors = service.reopen(period, unit, reason, date, time);
        if (!errors.isEmpty()) {
            return reopenPage(422, period, unit, errors, reason, date, time);
        }
        return Response.seeOther(URI.create("/perioder/" + period + "?melding=gjenapnet")).build();
    }

    /** The reports of the period as they arrive, for the overview's script; a comment line now and then keeps it open. */
    @GET
    @Blocking
    @Path("/hendelser")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<LiveRow> events(@PathParam("period") String period) {
        check(period);
        Msg msg = lang.msg();
        Map<String, String> names = units.names();
        Multi<LiveRow> reports = live.of(period).map(a -> new LiveRow(a.unit(), a.kind(), a.revision(), cells(a, msg),
                msg.reportArrived(names.getOrDefault(a.unit(), a.unit()), msg.reportKind(a.kind()), a.revision())));
        Multi<LiveRow> heartbeat = Multi.createFrom().ticks().every(config.live().heartbeat())
                .map(t -> new LiveRow(null, "heartbeat", 0, Map.of(), null));
        return Multi.createBy().merging().streams(reports, heartbeat);
    }

    private static Map<String, OverviewRow.Cell> cells(LiveReports.Arrived a, Msg msg) {
        JsonNode report = a.report();
        return switch (a.kind()) {
            case "indicator" -> OverviewRow.indicatorCells(report, a.revision(), msg);
            case "budget" -> OverviewRow.budgetCells(report, msg);
            default -> OverviewRow.climateCells(report, msg);
        };
    }

    private Response reopenPage(int status, String period, String unit, Map<String, String> errors, String reason,
            String date, String time) {
        // the form needs the period's name only, not the whole overview
        return pages.respond(status, reopen.data("period", period).data("label", service.label(period))
                .data("unit", unit).data("errors", errors).data("reason", reason == null ? "" : reason)
                .data("date", date == null ? "" : date).data("time", time == null ? "" : time));
    }

    private void check(String period) {
        Msg msg = lang.msg();
        PageParams.period(period, msg);
        if (!viewer.isDepartment()) {
            throw new PageException(403, msg.overviewForDepartment());
        }
    }
}
