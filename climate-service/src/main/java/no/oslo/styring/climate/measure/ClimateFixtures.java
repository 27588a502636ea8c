package no.oslo.styring.climate.measure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

import no.oslo.styring.platform.fixtures.SeedFiles;

/** The seed letters' climate tables (fixtures/climate-*.json), imported once their units are known. */
@ApplicationScoped
public class ClimateFixtures extends SeedFiles<ClimateImport> {

    @Inject
    ClimateImportService service;

    @Scheduled(every = "5s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void load() {
        loadPending();
    }

    @Override
    protected List<String> files() {
        return List.of("fixtures/climate-2025-helseetaten.json");
    }

    @Override
    protected Class<ClimateImport> type() {
        return ClimateImport.class;
    }

    @Override
    protected boolean isImported(ClimateImport in) {
        return service.isImported(in.table().year(), in.table().title());
    }

    @Override
    protected String importFile(ClimateImport in) {
        var receipt = service.importJson(in, "fixtures");
        return "%s (%d measures, %d indicators)".formatted(receipt.title(), receipt.measures(), receipt.indicators());
    }
}
