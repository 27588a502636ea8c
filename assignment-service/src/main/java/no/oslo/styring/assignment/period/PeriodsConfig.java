package no.oslo.styring.assignment.period;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "styring.periods")
public interface PeriodsConfig {

    /** Days from a period's last day to its default deadline, per type. */
    DeadlineDays deadlineDays();

    /** How often open periods past their deadline are looked for, and closed. */
    Duration autoCloseInterval();

    interface DeadlineDays {
        int month();

        int quarter();

        int tertial();

        int half();

        int year();
    }

    default DeadlineRule deadlineRule() {
        return new DeadlineRule(deadlineDays().month(), deadlineDays().quarter(), deadlineDays().tertial(),
                deadlineDays().half(), deadlineDays().year());
    }
}
