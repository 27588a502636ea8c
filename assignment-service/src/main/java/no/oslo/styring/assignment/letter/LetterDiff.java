package no.oslo.styring.assignment.letter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a letter: the fields that differ, and the sections added, removed or changed
 * (matched by their number). Plain Java.
 */
public record LetterDiff(int from, int to, List<FieldChange> fields, List<LetterContent.Section> sectionsAdded,
        List<LetterContent.Section> sectionsRemoved, List<SectionChange> sectionsChanged) {

    /** A field of the letter and its value in each version. */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** A section whose heading or text differs. */
    public record SectionChange(String key, String headingBefore, String headingAfter, String textBefore,
            String textAfter) {
    }

    public static LetterDiff between(int from, LetterContent a, int to, LetterContent b) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "reference", a.reference(), b.reference());
        field(fields, "date", a.date(), b.date());
        field(fields, "issuers", a.issuers(), b.issuers());
        field(fields, "recipients", a.recipients(), b.recipients());
        field(fields, "reportingPoints", a.reportingPoints(), b.reportingPoints());
        Map<String, LetterContent.Section> before = byKey(a);
        Map<String, LetterContent.Section> after = byKey(b);
        List<LetterContent.Section> added = after.values().stream().filter(s -> !before.containsKey(s.key())).toList();
        List<LetterContent.Section> removed = before.values().stream().filter(s -> !after.containsKey(s.key())).toList();
        List<SectionChange> changed = new ArrayList<>();
        for (LetterContent.Section s : after.values()) {
            LetterContent.Section old = before.get(s.key());
            if (old != null && (!Objects.equals(old.heading(), s.heading()) || !Objects.equals(old.text(), s.text()))) {
                changed.add(new SectionChange(s.key(), old.heading(), s.heading(), old.text(), s.text()));
            }
        }
        return new LetterDiff(from, to, fields, added, removed, changed);
    }

    /** Whether the two versions say the same. */
    public boolean isEmpty() {
        return fields.isEmpty() && sectionsAdded.isEmpty() && sectionsRemoved.isEmpty() && sectionsChanged.isEmpty();
    }

    private static void field(List<FieldChange> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(new FieldChange(name, a, b));
        }
    }

    private static Map<String, LetterContent.Section> byKey(LetterContent c) {
        Map<String, LetterContent.Section> map = new LinkedHashMap<>();
        c.sections().forEach(s -> map.put(s.key(), s));
        return map;
    }
}
