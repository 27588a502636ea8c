package no.oslo.styring.assignment.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a version of a letter says: reference and date, issuing departments (one letter can come from several), recipients
 * (one letter can go to all 15 districts), and its sections as text (fellesføringer, føringer by theme, reporting
 * requirements). Plain Java: the rules a letter's content must meet are here.
 */
public record LetterContent(String reference, LocalDate date, List<String> issuers, List<String> recipients,
        List<Section> sections, List<String> reportingPoints, List<String> inferred) {

    /** The fields whose value the letter does not print, so that it is assumed. */
    public static final Set<String> INFERABLE = Set.of("reference", "date", "reportingPoints");

    public LetterContent {
        reportingPoints = reportingPoints == null ? List.of() : List.copyOf(reportingPoints);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A section: its number as printed ("2", "5.1"; "3.a" for an unnumbered theme), heading and text. */
    public record Section(String key, String heading, String text) {
    }

    /** One problem with the content: the JSON field and what is wrong. */
    public record Problem(String field, String message) {
    }

    /** Every problem; empty when the content may be stored. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (issuers.isEmpty()) {
            problems.add(new Problem("issuers", "a letter has at least one issuing department"));
        }
        if (recipients.isEmpty()) {
            problems.add(new Problem("recipients", "a letter has at least one recipient"));
        }
        no.oslo.styring.platform.period.ReportingPoints.problemsOf(reportingPoints).forEach(p -> problems.add(
                new Problem("reportingPoints[" + p.index() + "]", p.message())));
        for (int i = 0; i < inferred.size(); i++) {
            if (!INFERABLE.contains(inferred.get(i))) {
                problems.add(new Problem("inferred[" + i + "]", "'" + inferred.get(i) + "' is not one of "
                        + new java.util.TreeSet<>(INFERABLE)));
            }
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s == null || s.key() == null || s.key().isBlank()) {
                problems.add(new Problem("sections[" + i + "].key", "is required (the section's number, e.g. 5.1)"));
            } else if (!keys.add(s.key())) {
                problems.add(new Problem("sections[" + i + "].key", "section " + s.key() + " is given twice"));
            }
            if (s != null && (s.heading() == null || s.heading().isBlank())) {
                problems.add(new Problem("sections[" + i + "].heading", "is required"));
            }
            if (s != null && s.text() == null) {
                problems.add(new Problem("sections[" + i + "].text", "is required (\"\" for a heading alone)"));
            }
        }
        return problems;
    }
}
