package no.oslo.styring.budget.letter;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

import no.oslo.styring.platform.problem.ProblemException;

/**
 * Imports the seed letters' budget tables (fixtures/budget-*.json) through the ordinary import, once the units they name
 * have arrived from {@code styring.units}; a letter already imported is left alone.
 */
@ApplicationScoped
public class BudgetFixtures {

    private static final Logger LOG = Logger.getLogger(BudgetFixtures.class);
    private static final List<String> FILES = List.of("fixtures/budget-2025-helseetaten.json",
            "fixtures/budget-2024-bydelene.json");

    @ConfigProperty(name = "styring.fixtures.enabled")
    boolean enabled;

    @Inject
    BudgetImportService service;

    @Inject
    ObjectMapper json;

    private volatile boolean done;

    @Scheduled(every = "5s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void load() throws IOException {
        if (!enabled || done) {
            return;
        }
        boolean all = true;
        for (String file : FILES) {
            BudgetImport in;
            try (InputStream stream = getClass().getClassLoader().getResourceAsStream(file)) {
                in = json.readValue(stream, BudgetImport.class);
            }
            if (service.isImported(in.letter().year(), in.letter().title())) {
                continue;
            }
            try {
                var receipt = service.importLetter(in, "fixtures");
                LOG.infof("Fixtures: imported %s (%d frames, %d investment tables, %d bydel rows)", receipt.title(),
                        receipt.frames(), receipt.investments(), receipt.districtRows());
            } catch (ProblemException e) {
                all = false;
                LOG.debugf("Fixtures: %s not imported yet (%s)", file, e.errors());
            }
        }
        done = all;
    }
}
