package no.oslo.styring.assignment.period;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import no.oslo.styring.platform.period.PeriodId;

/** A period closes by itself when its deadline passes: looked for every {@code styring.periods.auto-close-interval}. */
@ApplicationScoped
public class PeriodDeadlines {

    private static final Logger LOG = Logger.getLogger(PeriodDeadlines.class);

    @Inject
    PeriodService periods;

    @Scheduled(every = "${styring.periods.auto-close-interval}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closePastDeadline() {
        List<String> closed = periods.closePastDeadline(LocalDate.now(PeriodId.ZONE));
        if (!closed.isEmpty()) {
            LOG.infof("Closed at their deadline: %s", closed);
        }
    }
}
