package no.oslo.styring.assignment.period;

public enum PeriodStatus {
    /** Submissions are taken. */
    OPEN,
    /** Closed by its deadline or by department staff: submissions are refused and reports are published. */
    CLOSED,
    /** Closed, but reopened for one or more units until their reopenings expire or the period is closed again. */
    REOPENED
}
