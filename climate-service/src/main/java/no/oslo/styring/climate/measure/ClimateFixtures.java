package no.oslo.styring.climate.measure;

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
 * Imports the seed letters' climate tables (fixtures/climate-*.json) through the ordinary import, once the units they
 * name have arrived from {@code styring.units}; a table already imported is left alone.
 */
@ApplicationScoped
public class ClimateFixtures {

    private static final Logger LOG = Logger.getLogger(ClimateFixtures.class);
    static final List<String> FILES = List.of("fixtures/climate-2025-helseetaten.json");

    @ConfigProperty(name = "styring.fixtures.enabled")
    boolean enabled;

    @Inject
    ClimateImportService service;

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
            ClimateImport in;
            try (InputStream stream = getClass().getClassLoader().getResourceAsStream(file)) {
                in = json.readValue(stream, ClimateImport.class);
            }
            if (service.isImported(in.table().year(), in.table().title())) {
                continue;
            }
            try {
                var receipt = service.importJson(in, "fixtures");
                LOG.infof("Fixtures: imported %s (%d measures, %d indicators)", receipt.title(), receipt.measures(),
                        receipt.indicators());
            } catch (ProblemException e) {
                all = false;
                LOG.debugf("Fixtures: %s not imported yet (%s)", file, e.errors());
            }
        }
        done = all;
    }
}
