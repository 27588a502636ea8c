package no.oslo.styring.indicator.indicator;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.indicator.letter.LetterRepository;
import no.oslo.styring.platform.problem.ProblemException;

@ApplicationScoped
public class IndicatorService {

    @Inject
    IndicatorRepository indicators;

    @Inject
    LetterRepository letters;

    public List<IndicatorView> list(int year, String unit) {
        return of(year, unit).stream().map(IndicatorView::of).toList();
    }

    public IndicatorView get(long id) {
        IndicatorEntity e = indicators.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Indicator", id);
        }
        return IndicatorView.of(e);
    }

    /** The indicators a unit reports in a letter year (those of the letters sent to it). */
    public List<IndicatorEntity> of(int year, String unit) {
        List<Long> ids = letters.ofYear(year, unit).stream().map(l -> l.id).toList();
        return ids.isEmpty() ? List.of() : indicators.ofLetters(ids);
    }
}
