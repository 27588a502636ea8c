package no.oslo.styring.climate.measure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class MeasureService {

    @Inject
    ClimateRepository climate;

    private MeasureView.BudgetLineView budgetLine(ClimateMeasure m) {
        Long frameId = climate.frameId(m.budgetUnit, m.budgetChapter, m.year);
        return new MeasureView.BudgetLineView(m.budgetUnit, m.budgetChapter, frameId != null, frameId);
    }

    /** The measures of a year, optionally only those the unit is responsible for (named, or ALL). */
    public List<MeasureView> list(int year, String unit) {
        Map<Long, List<ClimateIndicator>> byMeasure = climate.indicators(year).stream()
                .collect(Collectors.groupingBy(i -> i.measureId));
        return climate.measures(year).stream().filter(m -> unit == null || m.isResponsible(unit))
                .map(m -> new MeasureView(m.id, m.year, m.key, m.number, m.category, m.category.labelNb(), m.responsible,
                        m.text, m.note, m.effectTonnesCo2e,
                        m.budgetUnit == null ? null : budgetLine(m),
                        m.relatedIndicator,
                        m.relatedIndicator == null ? null : climate.isKnownIndicator(m.relatedIndicator, m.year),
                        byMeasure.getOrDefault(m.id, List.of()).stream().map(MeasureView.IndicatorView::of).toList()))
                .toList();
    }
}
