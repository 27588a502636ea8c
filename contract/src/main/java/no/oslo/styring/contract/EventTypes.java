package no.oslo.styring.contract;

import java.util.Map;

/** CloudEvents types (versioned) and the JSON Schema that describes each one's data. */
public final class EventTypes {

    public static final String PREFIX = "no.oslo.styring.";

    public static final String PERIOD_CLOSED = PREFIX + "period.closed.v1";
    public static final String PERIOD_REOPENED = PREFIX + "period.reopened.v1";
    public static final String UNIT_UPSERTED = PREFIX + "unit.upserted.v1";
    public static final String ASSIGNMENT_CHANGED = PREFIX + "assignment.changed.v1";
    public static final String ASSIGNMENT_REMINDER = PREFIX + "assignment.reminder.v1";
    public static final String BUDGET_FRAME_CHANGED = PREFIX + "budget.frame.changed.v1";
    public static final String BUDGET_REPORT = PREFIX + "budget.report.v1";
    public static final String INDICATOR_REPORT = PREFIX + "indicator.report.v1";
    public static final String INDICATOR_CHANGED = PREFIX + "indicator.changed.v1";
    public static final String CLIMATE_REPORT = PREFIX + "climate.report.v1";
    public static final String DUTY_REPORT = PREFIX + "duty.report.v1";
    public static final String CLOSE_CHUNK = PREFIX + "close.chunk.v1";

    /** The classpath resource of each type's data schema. */
    public static final Map<String, String> SCHEMAS = Map.ofEntries(
            Map.entry(ASSIGNMENT_CHANGED, "contract/schemas/assignment.changed.v1.json"),
            Map.entry(ASSIGNMENT_REMINDER, "contract/schemas/assignment.reminder.v1.json"),
            Map.entry(PERIOD_CLOSED, "contract/schemas/period.closed.v1.json"),
            Map.entry(PERIOD_REOPENED, "contract/schemas/period.reopened.v1.json"),
            Map.entry(BUDGET_FRAME_CHANGED, "contract/schemas/budget.frame.changed.v1.json"),
            Map.entry(UNIT_UPSERTED, "contract/schemas/unit.upserted.v1.json"),
            Map.entry(BUDGET_REPORT, "contract/schemas/budget.report.v1.json"),
            Map.entry(INDICATOR_REPORT, "contract/schemas/indicator.report.v1.json"),
            Map.entry(INDICATOR_CHANGED, "contract/schemas/indicator.changed.v1.json"),
            Map.entry(CLIMATE_REPORT, "contract/schemas/climate.report.v1.json"),
            Map.entry(DUTY_REPORT, "contract/schemas/duty.report.v1.json"),
            Map.entry(CLOSE_CHUNK, "contract/schemas/close.chunk.v1.json"));

    /** The topic each type is published on. */
    public static final Map<String, String> TOPICS = Map.ofEntries(
            Map.entry(ASSIGNMENT_CHANGED, Topics.ASSIGNMENTS),
            Map.entry(ASSIGNMENT_REMINDER, Topics.ASSIGNMENTS),
            Map.entry(PERIOD_CLOSED, Topics.PERIODS),
            Map.entry(PERIOD_REOPENED, Topics.PERIODS),
            Map.entry(BUDGET_FRAME_CHANGED, Topics.BUDGET_CHANGES),
            Map.entry(UNIT_UPSERTED, Topics.UNITS),
            Map.entry(BUDGET_REPORT, Topics.BUDGET_REPORTS),
            Map.entry(INDICATOR_REPORT, Topics.INDICATOR_REPORTS),
            Map.entry(INDICATOR_CHANGED, Topics.INDICATOR_CHANGES),
            Map.entry(CLIMATE_REPORT, Topics.CLIMATE_REPORTS),
            Map.entry(DUTY_REPORT, Topics.DUTY_REPORTS),
            Map.entry(CLOSE_CHUNK, Topics.CLOSE_CHUNKS));

    private EventTypes() {
    }
}
