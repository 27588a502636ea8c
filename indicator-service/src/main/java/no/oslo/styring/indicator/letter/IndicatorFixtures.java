package no.oslo.styring.indicator.letter;

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
 * Imports the seed letters' section 4.1 (fixtures/indicators-*.json) through the ordinary import, once the units they name
 * have arrived from {@code styring.units}; a letter already imported is left alone.
 */
@ApplicationScoped
public class IndicatorFixtures {

    private static final Logger LOG = Logger.getLogger(IndicatorFixtures.class);
    static final List<String> FILES = List.of("fixtures/indicators-2025-helseetaten.json",
            "fixtures/indicators-2024-bydelene.json");

    @ConfigProperty(name = "styring.fixtures.enabled")
    boolean enabled;

    @Inject
    IndicatorImportService service;

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
            IndicatorImport in;
            try (InputStream stream = getClass().getClassLoader().getResourceAsStream(file)) {
                in = json.readValue(stream, IndicatorImport.class);
            }
            if (service.isImported(in.letter().year(), in.letter().title())) {
                continue;
            }
            try {
                var receipt = service.importLetter(in, "fixtures");
                LOG.infof("Fixtures: imported %s (%d goals, %d tiltak, %d indicators, %d rows printed twice)",
                        receipt.title(), receipt.goals(), receipt.tiltak(), receipt.indicators(), receipt.duplicateRows());
            } catch (ProblemException e) {
                all = false;
                LOG.debugf("Fixtures: %s not imported yet (%s)", file, e.errors());
            }
        }
        done = all;
    }
}
