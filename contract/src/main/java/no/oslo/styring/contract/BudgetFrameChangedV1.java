package no.oslo.styring.contract;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code no.oslo.styring.budget.frame.changed.v1}: a new version of a unit's budget frame (ramme) for a chapter was
 * recorded, by an import of a letter or by an edit. Amounts are exact integers in 1 000 kr; {@code frame} and
 * {@code changeFromBase} are derived from the version's lines, {@code delta} is the frame minus the previous version's
 * (the whole frame for version 1).
 */
public record BudgetFrameChangedV1(
        long frameId,
        String unit,
        String chapter,
        int letterYear,
        int version,
        Instant recordedAt,
        String recordedBy,
        String reason,
        List<YearAmountV1> frame,
        List<YearAmountV1> changeFromBase,
        List<YearAmountV1> delta) {
}
