package no.oslo.styring.indicator.measurement;

import java.math.BigDecimal;
import java.util.Collection;

import no.oslo.styring.indicator.letter.Measure;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.period.ReportingPoints;

/**
 * What a measurement must satisfy beyond an open period and a permitted caller: the indicator is in the letter sent to the
 * unit, the letter asks for it at the period (a reporting point names it), and the value fits its measure. Plain Java, shared by single submissions and
 * the bulk upload. A problem names its field and says why in English and bokmål.
 */
public final class MeasurementRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MeasurementRules() {
    }

    /** Why a measurement is refused: the field it names, and the message in English and in bokmål. */
    public record Refusal(String field, String message, String messageNb) {
    }

    /** The problem with a measurement, or null when there is none. */
    public static Refusal problem(String code, boolean inLetter, Collection<String> letterUnits, ReportingPoints points,
            Measure measure, String unit, PeriodId period, BigDecimal value) {
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
        if (!fits(measure, value)) {
            return new Refusal("value", value.toPlainString() + " does not fit the indicator's measure " + measure
                    + switch (measure) {
                        case PERCENT -> " (0–100)";
                        case COUNT -> " (a whole number, 0 or more)";
                        default -> " (0 or more)";
                    }, value.toPlainString().replace('.', ',') + " passer ikke for indikatoren, som måles i "
                            + measure.labelNb() + switch (measure) {
                                case PERCENT -> " (0–100)";
                                case COUNT -> " (et helt tall, 0 eller mer)";
                                default -> " (0 eller mer)";
                            });
        }
        return null;
    }

    /** Percentages lie in 0–100; counts are whole and not negative; rates and durations are not negative; scores may be. */
    public static boolean fits(Measure measure, BigDecimal value) {
        return switch (measure) {
            case PERCENT -> value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
            case COUNT -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
            case SCORE -> true;
            default -> value.signum() >= 0;
        };
    }
}
