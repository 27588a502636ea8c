package no.oslo.styring.indicator.imports;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

import no.oslo.styring.indicator.letter.IndicatorImport;
import no.oslo.styring.platform.fixtures.SeedFiles;

/** The seed letters' section 4.1 (fixtures/indicators-*.json), imported once their units are known. */
@ApplicationScoped
public class IndicatorFixtures extends SeedFiles<IndicatorImport> {

    @Inject
    IndicatorImportService service;

    @Scheduled(every = "5s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void load() {
        loadPending();
    }

    @Override
    protected List<String> files() {
        return List.of("fixtures/indicators-2025-helseetaten.json", "fixtures/indicators-2024-bydelene.json");
    }

    @Override
    protected Class<IndicatorImport> type() {
        return IndicatorImport.class;
    }

    @Override
    protected boolean isImported(IndicatorImport in) {
        return service.isImported(in.letter().year(), in.letter().title());
    }

    @Override
    protected String importFile(IndicatorImport in) {
        var receipt = service.importLetter(in, "fixtures");
        return "%s (%d goals, %d tiltak, %d indicators, %d rows printed twice)".formatted(receipt.title(), receipt.goals(),
                receipt.tiltak(), receipt.indicators(), receipt.duplicateRows());
    }
}
