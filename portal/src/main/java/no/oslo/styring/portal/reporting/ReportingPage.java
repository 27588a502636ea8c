package no.oslo.styring.portal.reporting;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * Everything a unit owes in a period, as the reporting page shows it: each row with what was saved (or what the person
 * just typed, when a save was refused) and the message at its field.
 */
@TemplateData
public record ReportingPage(String period, String periodLabel, String unit, String unitName, boolean editable,
        boolean closed, Reopened reopened, Reported reported, boolean mayUpload, List<IndicatorRow> indicators,
        Counts counts, List<TiltakRow> tiltak, BudgetRow budget, List<ClimateRow> climate, List<OppdragRow> oppdrag,
        List<DutyRow> duties, List<FieldMessage> errors, String notice, UploadResult upload) {

    /** The statuses a tiltak can be reported in, in the order the form offers them. */
    public List<String> tiltakStates() {
        return List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "WITHDRAWN");
    }

    /** The statuses a climate measure can be reported in. */
    public List<String> climateStates() {
        return List.of("ON_TRACK", "AT_RISK", "OFF_TRACK");
    }

    /** The period is closed but open again for this unit, until {@code until}, for {@code reason}. */
    @TemplateData
    public record Reopened(String until, String reason) {
    }

    /** What was published at the close: the revision and when. */
    @TemplateData
    public record Reported(int revision, String at) {
    }

    @TemplateData
    public record Counts(int due, int met, int notMet, int noTarget, int missing) {
    }

    /** A message at a field, and the link to it in the error summary. */
    @TemplateData
    public record FieldMessage(String fieldId, String message) {
    }

    @TemplateData
    public record Field(String id, String name, String text, String error) {

        /** A field's element id from its input name: {@code value.x} → {@code value-x} (the error summary links to it). */
        static String idOf(String name) {
            return name.replace('.', '-');
        }

        public boolean hasError() {
            return error != null;
        }
    }

    @TemplateData
    /** An indicator due in the period; {@code unitOfMeasure} as the letter prints it, shown beside the value. */
    public record IndicatorRow(String code, String name, String unitOfMeasure, String target, String outcome,
            String explanation, boolean reported, Field value, Field comment) {
    }

    @TemplateData
    public record TiltakRow(String key, String text, Field status, Field comment) {
    }

    @TemplateData
    public record BudgetRow(String frame, boolean due, boolean reported, String deviation, String deviationKind, Field actuals,
            Field forecast, Field comment) {

        /** The two amounts, in the order the form asks for them. */
        public List<Field> amounts() {
            return List.of(actuals, forecast);
        }
    }

    @TemplateData
    public record ClimateRow(String code, String name, String measureText, String target, String outcome,
            String explanation, boolean reported, Field value, Field status, Field comment) {
    }

    @TemplateData
    public record OppdragRow(long id, String title, String deadline, String status, boolean deliverable,
            String deliveredNote, String deliveredLink, Field note, Field link) {
    }

    /**
     * A reporting duty (rapporteringskrav) at the period: due at it (status DELIVERED, NOT_DELIVERED or MISSING) or
     * ongoing (event-driven, before meetings: ONGOING, delivered on a day the unit gives).
     */
    @TemplateData
    public record DutyRow(long id, String text, String to, String when, String concerns, String status,
            boolean ongoing, String deliveredNote, String deliveredLink, String deliveredOn, Field delivered, Field day,
            Field note, Field link) {
    }

    /** A bulk upload's answer: rows stored, or every problem with its row and field. */
    @TemplateData
    public record UploadResult(boolean stored, String summary, List<String> problems) {
    }
}
