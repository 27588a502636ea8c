package no.oslo.styring.indicator.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.indicator.goal.GoalView.LetterGoals;
import no.oslo.styring.indicator.goal.GoalView.TiltakView;
import no.oslo.styring.indicator.indicator.IndicatorEntity;
import no.oslo.styring.indicator.indicator.IndicatorRepository;
import no.oslo.styring.indicator.letter.IndicatorLetter;
import no.oslo.styring.indicator.letter.LetterRepository;

@ApplicationScoped
public class GoalService {

    @Inject
    LetterRepository letters;

    @Inject
    GoalRepository goals;

    @Inject
    IndicatorRepository indicators;

    /** The goal hierarchy of each letter of the year (optionally only letters sent to the unit). */
    public List<LetterGoals> hierarchy(int year, String unit) {
        List<IndicatorLetter> ofYear = letters.ofYear(year, unit);
        if (ofYear.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ofYear.stream().map(l -> l.id).toList();
        Map<Long, List<GoalEntity>> goalsByLetter = goals.goalsOf(ids).stream()
                .collect(Collectors.groupingBy(g -> g.letterId));
        Map<String, List<TiltakEntity>> tiltakByGoal = goals.tiltakOf(ids).stream()
                .collect(Collectors.groupingBy(t -> t.letterId + "/" + t.goalKey));
        Map<String, List<IndicatorEntity>> indicatorsByGoal = indicators.ofLetters(ids).stream()
                .collect(Collectors.groupingBy(i -> i.letterId + "/" + i.goalKey));
        List<LetterGoals> result = new ArrayList<>();
        for (IndicatorLetter letter : ofYear) {
            List<GoalEntity> all = goalsByLetter.getOrDefault(letter.id, List.of());
            result.add(new LetterGoals(letter.id, letter.year, letter.title, letter.units,
                    tree(letter.id, null, all, tiltakByGoal, indicatorsByGoal)));
        }
        return result;
    }

    private static List<GoalView> tree(long letterId, String parent, List<GoalEntity> all,
            Map<String, List<TiltakEntity>> tiltak, Map<String, List<IndicatorEntity>> indicators) {
        return all.stream().filter(g -> parent == null ? g.parentKey == null : parent.equals(g.parentKey))
                .map(g -> new GoalView(g.id, g.key, g.level, g.code, g.title, tree(letterId, g.key, all, tiltak, indicators),
                        tiltak.getOrDefault(letterId + "/" + g.key, List.of()).stream().map(TiltakView::of).toList(),
                        indicators.getOrDefault(letterId + "/" + g.key, List.of()).stream().map(i -> i.code).toList()))
                .toList();
    }
}
