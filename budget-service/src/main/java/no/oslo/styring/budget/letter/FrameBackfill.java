package no.oslo.styring.budget.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * At start, records the frames of imports made before frames had versions (a database from an earlier release), so that
 * every imported frame can be read, changed and reported on. Frames already recorded are left as they are.
 */
@ApplicationScoped
public class FrameBackfill {

    private static final Logger LOG = Logger.getLogger(FrameBackfill.class);

    @Inject
    BudgetImportService imports;

    void onStart(@Observes StartupEvent start) {
        int recorded = imports.recordMissingFrames();
        if (recorded > 0) {
            LOG.infof("Recorded %d frame(s) from earlier imports", recorded);
        }
    }
}
