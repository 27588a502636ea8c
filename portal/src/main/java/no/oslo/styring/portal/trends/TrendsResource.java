package no.oslo.styring.portal.trends;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/**
 * Trends for everyone signed in: an indicator over the years or the districts side by side, and a unit's budget. Each
 * chart is drawn in the browser by Chart.js (served by the portal) from the same numbers as the table under it, and its
 * numbers can be downloaded as CSV.
 */
@Path("/trender")
@Authenticated
public class TrendsResource {

    private static final String CODE = "^[a-z0-9][a-z0-9-]{0,99}$";

    @Inject
    Template trends;

    @Inject
    Template indicatorTrend;

    @Inject
    Template budgetTrend;

    @Inject
    Pages pages;

    @Inject
    Lang lang;

    @Inject
    TrendsService service;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@QueryParam("aar") String year) {
        int y = year == null ? LocalDate.now().getYear() - 1 : PageParams.year(year, lang.msg());
        return pages.of(trends.data("t", service.index(y)));
    }

    @GET
    @Path("/indikator/{code}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance indicator(@PathParam("code") String code, @QueryParam("enhet") String unit,
            @QueryParam("periode") String period) {
        return pages.of(indicatorTrend.data("t", indicatorTrend(code, unit, period)));
    }

    @GET
    @Path("/indikator/{code}/csv")
    @Produces("text/csv")
    public Response indicatorCsv(@PathParam("code") String code, @QueryParam("enhet") String unit,
            @QueryParam("periode") String period) {
        return csv(indicatorTrend(code, unit, period).chart(), code + (unit == null || unit.isBlank() ? "" : "-" + unit));
    }

    @GET
    @Path("/budsjett/{unit}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance budget(@PathParam("unit") String unit, @QueryParam("aar") String year) {
        Msg msg = lang.msg();
        PageParams.unit(unit, msg);
        int y = year == null ? LocalDate.now().getYear() - 1 : PageParams.year(year, msg);
        return pages.of(budgetTrend.data("t", service.budget(unit, y)));
    }

    @GET
    @Path("/budsjett/{unit}/{chart}.csv")
    @Produces("text/csv")
    public Response budgetCsv(@PathParam("unit") String unit, @PathParam("chart") String chart,
            @QueryParam("aar") String year) {
        Msg msg = lang.msg();
        PageParams.unit(unit, msg);
        int y = year == null ? LocalDate.now().getYear() - 1 : PageParams.year(year, msg);
        TrendsService.BudgetTrend trend = service.budget(unit, y);
        return switch (chart) {
            case "rammer" -> csv(trend.frames(), "rammer-" + unit);
            case "perioder" -> csv(trend.withinYear(), "budsjett-" + unit + "-" + y);
            default -> throw new PageException(404, msg.notFoundTitle());
        };
    }

    private TrendsService.IndicatorTrend indicatorTrend(String code, String unit, String period) {
        Msg msg = lang.msg();
        if (code == null || !code.matches(CODE)) {
            throw new PageException(400, msg.badIndicator(String.valueOf(code)));
        }
        String u = unit == null || unit.isBlank() ? null : PageParams.unit(unit, msg);
        String p = period == null || period.isBlank() ? null : PageParams.period(period, msg);
        return service.indicator(code, u, p);
    }

    private static Response csv(Chart chart, String name) {
        // a byte order mark, so that a spreadsheet reads the file as UTF-8 (æ, ø, å)
        return Response.ok("\ufeff" + chart.csv()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }
}
