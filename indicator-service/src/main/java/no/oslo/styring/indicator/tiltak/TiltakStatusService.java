package no.oslo.styring.indicator.tiltak;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.oslo.styring.indicator.goal.GoalRepository;
import no.oslo.styring.indicator.goal.TiltakEntity;
import no.oslo.styring.indicator.letter.IndicatorLetter;
import no.oslo.styring.indicator.letter.LetterRepository;
import no.oslo.styring.platform.period.PeriodId;
import no.oslo.styring.platform.problem.ProblemException;
import no.oslo.styring.platform.reporting.SubmissionRules;
import no.oslo.styring.platform.security.Caller;

@ApplicationScoped
public class TiltakStatusService {

    @Inject
    TiltakStatusRepository statuses;

    @Inject
    GoalRepository goals;

    @Inject
    LetterRepository letters;

    @Inject
    SubmissionRules rules;

    @Inject
    Caller caller;

    /** Stores a unit's status of a tiltak of the period year's letter sent to it, in an open period. */
    @Transactional
    public TiltakStatusView submit(TiltakStatusRequest request) {
        PeriodId period = rules.check(request.unit(), request.periodId());
        TiltakEntity tiltak = goals.findTiltak(request.tiltak());
        if (tiltak == null) {
            throw ProblemException.unknownReference("tiltak", "no tiltak " + request.tiltak());
        }
        IndicatorLetter letter = letters.findById(tiltak.letterId);
        if (letter.year != period.year() || !letter.units.contains(request.unit())) {
            throw ProblemException.invalidField("tiltak", "tiltak " + tiltak.id + " ('" + tiltak.key + "') is not in a letter "
                    + "of " + period.year() + " sent to unit " + request.unit(),
                    "tiltaket '" + tiltak.key
                            + "' er ikke i et tildelingsbrev for " + period.year() + " sendt til " + request.unit());
        }
        TiltakStatus s = new TiltakStatus();
        s.tiltakId = tiltak.id;
        s.unitCode = request.unit();
        s.periodId = period.toString();
        s.status = request.status();
        s.comment = request.comment();
        s.submittedBy = caller.name();
        s.submittedAt = Instant.now();
        statuses.persist(s);
        return TiltakStatusView.of(s, tiltak.key);
    }

    public List<TiltakStatusView> list(String unit, String periodId) {
        caller.requireMayReadDraftsOf(unit);
        return statuses.of(unit, periodId).stream().map(s -> TiltakStatusView.of(s, goals.findTiltak(s.tiltakId).key))
                .toList();
    }
}
