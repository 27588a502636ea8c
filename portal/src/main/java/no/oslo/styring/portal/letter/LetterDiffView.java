package no.oslo.styring.portal.letter;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.TemplateData;

/**
 * What changed between two versions of a letter, the way a reader wants to see it: the header fields that differ with
 * their old and new value, the sections added and removed, and for a changed section its paragraphs before and after,
 * with the paragraphs that stayed the same left out. Plain Java, from the assignment-service's diff.
 */
@TemplateData
public record LetterDiffView(int from, int to, List<FieldChange> fields, List<LetterDocument.Section> added,
        List<LetterDocument.Section> removed, List<SectionChange> changed) {

    @TemplateData
    public record FieldChange(String field, String before, String after) {
    }

    @TemplateData
    public record SectionChange(String key, String heading, String headingBefore, List<String> removed,
            List<String> added) {

        public boolean headingChanged() {
            return headingBefore != null && !headingBefore.equals(heading);
        }
    }

    public boolean empty() {
        return fields.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public static LetterDiffView of(JsonNode diff) {
        List<FieldChange> fields = new ArrayList<>();
        for (JsonNode f : diff.path("fields")) {
            fields.add(new FieldChange(f.path("field").asText(), text(f.path("before")), text(f.path("after"))));
        }
        List<LetterDocument.Section> added = sections(diff.path("sectionsAdded"));
        List<LetterDocument.Section> removed = sections(diff.path("sectionsRemoved"));
        List<SectionChange> changed = new ArrayList<>();
        for (JsonNode c : diff.path("sectionsChanged")) {
            List<String> before = LetterDocument.paragraphs(c.path("textBefore").asText(""));
            List<String> after = LetterDocument.paragraphs(c.path("textAfter").asText(""));
            List<String> gone = new ArrayList<>(before);
            gone.removeAll(after);
            List<String> come = new ArrayList<>(after);
            come.removeAll(before);
            changed.add(new SectionChange(c.path("key").asText(), c.path("headingAfter").asText(),
                    c.path("headingBefore").asText(null), gone, come));
        }
        return new LetterDiffView(diff.path("from").asInt(), diff.path("to").asInt(), fields, added, removed, changed);
    }

    private static List<LetterDocument.Section> sections(JsonNode sections) {
        List<LetterDocument.Section> out = new ArrayList<>();
        for (JsonNode s : sections) {
            String key = s.path("key").asText();
            out.add(new LetterDocument.Section(key, s.path("heading").asText(),
                    LetterDocument.paragraphs(s.path("text").asText("")), key.split("\\.").length));
        }
        return out;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "–";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(", ", items);
        }
        return value.asText();
    }
}
