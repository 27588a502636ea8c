package no.oslo.styring.budget.status;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.oslo.styring.budget.frame.FrameService;
import no.oslo.styring.budget.letter.BudgetImportService;

/** The frame each unit's budget status is measured against. */
@ApplicationScoped
public class UnitFrames {

    @Inject
    FrameService frames;

    @Inject
    BudgetImportService imports;

    /**
     * Each unit's frame for the year, in 1 000 kr: the sum of its frames (every chapter) in that year's letter as they are
     * now; for a bydel without frame tables, its share of the bydel distribution. Units with neither are absent.
     */
    public Map<String, Long> ofYear(int year) {
        Map<String, Long> byUnit = new HashMap<>(imports.districtShares(year));
        byUnit.putAll(frames.framesOfYear(year));
        return byUnit;
    }

    /** One unit's frame for the year, the same way as {@link #ofYear}, reading only that unit's frames; null if none. */
    public Long of(String unit, int year) {
        Long own = frames.frameOf(unit, year);
        return own != null ? own : imports.districtShares(year).get(unit);
    }
}
