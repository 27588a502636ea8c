package no.oslo.styring.indicator.indicator;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.oslo.styring.indicator.letter.IndicatorImport;

/** A unit's own targets and results of an indicator, set after the letter («lokale måltall»). */
@Schema(name = "LocalFigures")
public record LocalFigures(List<IndicatorImport.YearTarget> targets, List<IndicatorImport.YearValue> history) {
    public LocalFigures {
        targets = targets == null ? List.of() : targets;
        history = history == null ? List.of() : history;
    }
}
