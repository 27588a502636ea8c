package no.oslo.styring.budget.letter;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

import no.oslo.styring.platform.fixtures.SeedFiles;

/** The seed letters' budget tables (fixtures/budget-*.json), imported once their units are known. */
@ApplicationScoped
public class BudgetFixtures extends SeedFiles<BudgetImport> {

    @Inject
    BudgetImportService service;

    @Scheduled(every = "5s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void load() {
        loadPending();
    }

    @Override
    protected List<String> files() {
        return List.of("fixtures/budget-2025-helseetaten.json", "fixtures/budget-2024-bydelene.json");
    }

    @Override
    protected Class<BudgetImport> type() {
        return BudgetImport.class;
    }

    @Override
    protected boolean isImported(BudgetImport in) {
        return service.isImported(in.letter().year(), in.letter().title());
    }

    @Override
    protected String importFile(BudgetImport in) {
        var receipt = service.importLetter(in, "fixtures");
        return "%s (%d frames, %d investment tables, %d bydel rows)".formatted(receipt.title(), receipt.frames(),
                receipt.investments(), receipt.districtRows());
    }
}
