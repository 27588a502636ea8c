package no.oslo.styring.assignment.period;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "styring.periods")
public interface PeriodsConfig {

    /** Days from a period's last day to its default deadline, per type. */
    DeadlineDays deadlineDays();

    interface DeadlineDays {
        int month();

        int quarter();

        int tertial();

        int year();
    }

    default DeadlineRule deadlineRule() {
        return new DeadlineRule(deadlineDays().month(), deadlineDays().quarter(), deadlineDays().tertial(),
                deadlineDays().year());
    }
}
