package no.oslo.styring.indicator.goal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.indicator.letter.GoalLevel;

@Schema(name = "Goal", description = "A goal with the goals under it, its tiltak and the codes of its indicators")
public record GoalView(long id, String key, GoalLevel level, String code, String title, List<GoalView> goals,
        List<TiltakView> tiltak, List<String> indicators) {

    @Schema(name = "Tiltak")
    public record TiltakView(long id, String key, Integer number, String text,
            @Schema(description = "Nærmere forklaring / presisering") String explanation,
            @Schema(description = "Why it no longer applies; null while it does") String withdrawn, boolean inLetter) {

        static TiltakView of(TiltakEntity t) {
            return new TiltakView(t.id, t.key, t.number, t.text, t.explanation, t.withdrawn, t.inLetter);
        }
    }

    @Schema(name = "LetterGoals", description = "The goal hierarchy of one letter's section 4.1")
    public record LetterGoals(long letterId, int year, String title, List<String> units, List<GoalView> goals) {
    }
}
