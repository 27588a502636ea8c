package no.oslo.styring.assignment.oppdrag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Sends {@code assignment.reminder.v1} for each issued oppdrag whose deadline is {@code styring.assignments.reminder-days}
 * days ahead or nearer, once per oppdrag.
 */
@ApplicationScoped
public class OppdragReminders {

    private static final Logger LOG = Logger.getLogger(OppdragReminders.class);

    @ConfigProperty(name = "styring.assignments.reminder-days")
    int days;

    @Inject
    OppdragService service;

    @Scheduled(every = "${styring.assignments.reminder-interval}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remind() {
        int sent = service.sendReminders(days);
        if (sent > 0) {
            LOG.infof("Reminded the recipients of %d oppdrag due within %d days", sent, days);
        }
    }
}
