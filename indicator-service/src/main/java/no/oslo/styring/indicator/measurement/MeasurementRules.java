package no.oslo.styring.indicator.measurement;

import java.math.BigDecimal;
import java.util.Collection;

import no.oslo.styring.indicator.letter.ValueFormat;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.period.ReportingPoints;

/**
 * What a measurement must satisfy beyond an open period and a permitted caller: the indicator is in the letter sent to the
 * unit, the letter asks for it at the period (a reporting point names it), and the value fits its value kind. Plain Java, shared by single submissions and
 * the bulk upload. A problem names its field and says why in English and bokmål.
 */
public final class MeasurementRules {

    private MeasurementRules() {
    }

    /** Why a measurement is refused: the field it names, and the message in English and in bokmål. */
    public record Refusal(String field, String message, String messageNb) {
    }

    /** The problem with a measurement, or null when there is none. */
    public static Refusal problem(String code, boolean inLetter, Collection<String> letterUnits, ReportingPoints points,
            ValueFormat format, String unit, PeriodId period, BigDecimal value) {
        if (!inLetter) {
            return new Refusal("indicator", "indicator '" + code + "' is no longer in the letter of " + period.year(),
                    "indikatoren '" + code + "' er ikke lenger i tildelingsbrevet for " + period.year());
        }
        if (!letterUnits.contains(unit)) {
            return new Refusal("indicator", "indicator '" + code + "' is not in a letter sent to unit " + unit,
                    "indikatoren '" + code + "' er ikke i et tildelingsbrev sendt til " + unit);
        }
        if (!points.dueIn(period)) {
            return new Refusal("periodId", "the letter asks for indicator '" + code + "' " + points.notDueEn(period),
                    "tildelingsbrevet ber om indikatoren '" + code + "' " + points.notDueNb(period));
        }
        if (value == null) {
            return new Refusal("value", "is required", "må fylles ut");
        }
        if (!format.fits(value)) {
            return new Refusal("value", value.toPlainString() + " does not fit the indicator's value kind " + format.kind()
                    + " (" + format.ruleEn() + ")",
                    value.toPlainString().replace('.', ',')
                            + " passer ikke for indikatoren, som måles i " + format.unitOfMeasure() + " ("
                            + format.ruleNb() + ")");
        }
        return null;
    }
}
