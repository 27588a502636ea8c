package no.oslo.styring.portal.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.quarkus.qute.TemplateData;

/**
 * What changed between two versions of a letter, the way a reader wants to see it: the header fields that differ with
 * their old and new value, the sections added and removed, and for a changed section its paragraphs before and after,
 * with the paragraphs that stayed the same left out. Plain Java, from the assignment-service's diff.
 */
@TemplateData
public record LetterDiffView(int from, int to, List<FieldChange> fields, List<LetterDocument.Section> added,
        List<LetterDocument.Section> removed, List<SectionChange> changed, List<BudgetChange> budget) {

    /** A budget line (or a frame's total) whose amounts differ between the two versions; "" where it did not exist. */
    @TemplateData
    public record BudgetChange(String chapter, String line, List<Integer> years, List<String> before,
            List<String> after) {
    }

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
        return fields.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty() && budget.isEmpty();
    }

    /** The text's diff, and the budget lines that differ between the frames as they were at each version. */
    public static LetterDiffView of(JsonNode diff, JsonNode framesBefore, JsonNode framesAfter) {
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
        return new LetterDiffView(diff.path("from").asInt(), diff.path("to").asInt(), fields, added, removed, changed,
                budget(framesBefore, framesAfter));
    }

    private static List<BudgetChange> budget(JsonNode before, JsonNode after) {
        Map<String, Map<String, JsonNode>> was = lines(before);
        Map<String, Map<String, JsonNode>> is = lines(after);
        java.util.Set<String> chapters = new java.util.TreeSet<>(was.keySet());
        chapters.addAll(is.keySet());
        List<BudgetChange> out = new ArrayList<>();
        for (String chapter : chapters) {
            Map<String, JsonNode> a = was.getOrDefault(chapter, Map.of());
            Map<String, JsonNode> b = is.getOrDefault(chapter, Map.of());
            java.util.Set<String> labels = new java.util.LinkedHashSet<>(a.keySet());
            labels.addAll(b.keySet());
            for (String label : labels) {
                JsonNode x = a.get(label);
                JsonNode y = b.get(label);
                if (x != null && x.equals(y)) {
                    continue;
                }
                TreeSet<Integer> years = new TreeSet<>();
                for (JsonNode amounts : new JsonNode[]{x, y}) {
                    if (amounts != null) {
                        amounts.forEach(v -> years.add(v.path("year").asInt()));
                    }
                }
                out.add(new BudgetChange(chapter, label, List.copyOf(years), amounts(x, years), amounts(y, years)));
            }
        }
        return out;
    }

    /** Per chapter, each line's amounts by its text, and the frame's total as «Ramme». */
    private static Map<String, Map<String, JsonNode>> lines(JsonNode frames) {
        Map<String, Map<String, JsonNode>> out = new java.util.LinkedHashMap<>();
        if (frames == null) {
            return out;
        }
        for (JsonNode f : frames) {
            Map<String, JsonNode> lines = out.computeIfAbsent("Kap. " + f.path("chapter").asText() + " "
                    + f.path("unit").asText(), c -> new java.util.LinkedHashMap<>());
            lines.put(f.path("base").path("text").asText("Basis"), f.path("base").path("amounts"));
            f.path("lines").forEach(l -> lines.put(l.path("text").asText(), l.path("amounts")));
            lines.put("Ramme", f.path("frame"));
        }
        return out;
    }

    private static List<String> amounts(JsonNode amounts, TreeSet<Integer> years) {
        return LetterDocument.amounts(amounts == null ? MissingNode.getInstance() : amounts, years);
    }

    private static List<LetterDocument.Section> sections(JsonNode sections) {
        List<LetterDocument.Section> out = new ArrayList<>();
        sections.forEach(s -> out.add(LetterDocument.Section.of(s)));
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
