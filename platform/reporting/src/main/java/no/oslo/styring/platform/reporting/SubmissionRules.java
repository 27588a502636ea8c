package no.oslo.styring.platform.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.security.Caller;

/**
 * The rules every unit submission obeys, in one place: a well-formed period id, a known unit, a caller who may submit for
 * that unit, and an open period (held open until the submission commits).
 */
@ApplicationScoped
public class SubmissionRules {

    @Inject
    UnitDirectory units;

    @Inject
    PeriodGuard guard;

    @Inject
    Caller caller;

    /** Checks a submission of {@code unit} for {@code periodId}; returns the parsed period. */
    @Transactional(TxType.MANDATORY)
    public PeriodId check(String unit, String periodId) {
        if (!PeriodId.isValid(periodId)) {
            throw ProblemException.invalidField("periodId", "'" + periodId + "' is not a period id such as 2025-Q1");
        }
        PeriodId period = PeriodId.parse(periodId);
        caller.requireMaySubmitFor(unit);
        units.require("unit", unit);
        guard.requireOpen(period, unit);
        return period;
    }
}
