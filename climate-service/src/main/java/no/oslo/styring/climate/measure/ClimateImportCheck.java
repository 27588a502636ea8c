package no.oslo.styring.climate.measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import no.oslo.styring.platform.period.ReportingPoints;
import no.oslo.styring.targets.TargetSyntaxException;
import no.oslo.styring.targets.Targets;

/**
 * Checks a climate import: every measure with a key, category, responsible units and at least one indicator, every
 * target in the shared grammar. Each finding names the JSON field. Plain Java.
 */
public final class ClimateImportCheck {

    /** One finding: the JSON path of the offending value and what is wrong. */
    public record Finding(String field, String message) {
    }

    static final Pattern UNIT = Pattern.compile("^[A-Z0-9]{2,12}$");
    static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,99}$");
    private static final Set<String> PERIOD_TYPES = Set.of("M", "Q", "T", "Y");

    private ClimateImportCheck() {
    }

    public static List<Finding> check(ClimateImport in) {
        List<Finding> f = new ArrayList<>();
        boolean v1 = ClimateImport.FORMAT_V1.equals(in.format());
        if (!v1 && !ClimateImport.FORMAT.equals(in.format())) {
            f.add(new Finding("format", "must be \"" + ClimateImport.FORMAT + "\" (or the earlier \"" + ClimateImport.FORMAT_V1
                    + "\"), was " + quote(in.format())));
        }
        if (in.table() == null) {
            f.add(new Finding("table", "is required"));
        } else {
            if (in.table().year() == null || in.table().year() < 2000 || in.table().year() > 9999) {
                f.add(new Finding("table.year", "must be a year such as 2025, was " + in.table().year()));
            }
            if (blank(in.table().title())) {
                f.add(new Finding("table.title", "is required"));
            }
        }
        if (in.measures().isEmpty()) {
            f.add(new Finding("measures", "must hold at least one measure"));
        }
        Set<String> keys = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int m = 0; m < in.measures().size(); m++) {
            ClimateImport.Measure measure = in.measures().get(m);
            String at = "measures[" + m + "]";
            if (measure == null) {
                f.add(new Finding(at, "is empty"));
                continue;
            }
            if (measure.key() == null || !CODE.matcher(measure.key()).matches()) {
                f.add(new Finding(at + ".key", quote(measure.key()) + " is not a key of lower-case letters, digits and '-'"));
            } else if (!keys.add(measure.key())) {
                f.add(new Finding(at + ".key", "measure '" + measure.key() + "' is given twice"));
            }
            if (measure.category() == null) {
                f.add(new Finding(at + ".category", "is required: DIRECT_EMISSIONS, INDIRECT_EMISSIONS, ENERGY or "
                        + "CLIMATE_ADAPTATION"));
            }
            if (blank(measure.text())) {
                f.add(new Finding(at + ".text", "is required"));
            }
            if (measure.responsible().isEmpty()) {
                f.add(new Finding(at + ".responsible", "must name at least one unit, or ALL"));
            }
            for (int u = 0; u < measure.responsible().size(); u++) {
                String unit = measure.responsible().get(u);
                boolean all = ClimateImport.ALL_UNITS.equals(unit);
                if (unit == null || !all && !UNIT.matcher(unit).matches()) {
                    f.add(new Finding(at + ".responsible[" + u + "]", quote(unit) + " is not a unit code or ALL"));
                } else if (all && measure.responsible().size() > 1) {
                    f.add(new Finding(at + ".responsible[" + u + "]", "ALL stands alone"));
                }
            }
            if (measure.effectTonnesCo2e() != null && measure.effectTonnesCo2e().signum() < 0) {
                f.add(new Finding(at + ".effectTonnesCo2e", "must be 0 or more (tonnes CO2e per year)"));
            }
            if (measure.budgetLine() != null
                    && (measure.budgetLine().unit() == null || blank(measure.budgetLine().chapter()))) {
                f.add(new Finding(at + ".budgetLine", "needs both unit and chapter"));
            }
            if (measure.relatedIndicator() != null && !CODE.matcher(measure.relatedIndicator()).matches()) {
                f.add(new Finding(at + ".relatedIndicator", quote(measure.relatedIndicator())
                        + " is not an indicator code"));
            }
            if (measure.indicators().isEmpty()) {
                f.add(new Finding(at + ".indicators", "a measure has at least one reporting indicator"));
            }
            for (int i = 0; i < measure.indicators().size(); i++) {
                ClimateImport.Indicator ind = measure.indicators().get(i);
                String iat = at + ".indicators[" + i + "]";
                if (ind == null) {
                    f.add(new Finding(iat, "is empty"));
                    continue;
                }
                if (ind.code() == null || !CODE.matcher(ind.code()).matches()) {
                    f.add(new Finding(iat + ".code", quote(ind.code()) + " is not a code of lower-case letters, digits and "
                            + "'-'"));
                } else if (!codes.add(ind.code())) {
                    f.add(new Finding(iat + ".code", "indicator '" + ind.code() + "' is given twice"));
                }
                if (blank(ind.name())) {
                    f.add(new Finding(iat + ".name", "is required"));
                }
                try {
                    Targets.parse(ind.target());
                } catch (TargetSyntaxException e) {
                    f.add(new Finding(iat + ".target", e.getMessage()));
                }
                for (int p = 0; p < ind.periodTypes().size(); p++) {
                    if (!v1) {
                        f.add(new Finding(iat + ".periodTypes", "is the field of " + ClimateImport.FORMAT_V1 + "; "
                                + ClimateImport.FORMAT + " names reportingPoints (Q1, T2, Y, …)"));
                        break;
                    }
                    if (!PERIOD_TYPES.contains(ind.periodTypes().get(p))) {
                        f.add(new Finding(iat + ".periodTypes[" + p + "]", quote(ind.periodTypes().get(p))
                                + " is not M, Q, T or Y"));
                    }
                }
                if (v1 && !ind.reportingPoints().isEmpty()) {
                    f.add(new Finding(iat + ".reportingPoints", "is a field of " + ClimateImport.FORMAT + "; a "
                            + ClimateImport.FORMAT_V1 + " file names periodTypes"));
                }
                ReportingPoints.problemsOf(ind.reportingPoints())
                        .forEach(p -> f.add(new Finding(iat + ".reportingPoints[" + p.index() + "]", p.message())));
            }
        }
        return f;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
