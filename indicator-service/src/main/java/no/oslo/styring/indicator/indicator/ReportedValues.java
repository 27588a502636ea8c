package no.oslo.styring.indicator.indicator;

import java.util.List;

/**
 * What units reported of an indicator in closed periods, for its series. The measurement feature answers it; the
 * indicator feature asks through this interface so that it does not depend on measurements, which depend on it.
 */
public interface ReportedValues {

    /**
     * The value each unit reported for the indicator in each closed period (its latest submission there), oldest
     * period first per unit; only the unit's when {@code unit} is not null. Drafts of open periods never.
     */
    List<IndicatorSeries.Reported> reportedInClosedPeriods(String indicatorCode, String unit);
}
