package no.oslo.styring.indicator.letter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The footnotes of a printed table, each stored once: a mark («1)», «(1)», «²», «*») and its text. A value or name that
 * ends with a mark of the table keeps its printed text and has the mark; what is left without the mark is what is read
 * as a number or a target, so «31 274²» is still 31 274 and «63,6 (1)» 63,6. A target that is only a mark («1)») is the
 * footnote's text in the target grammar: «1) Minst like godt resultat som for 2023». Plain Java.
 */
public record Footnotes(List<Footnote> list) {

    /**
     * A mark is a number or letter in brackets, superscript digits, or one to three asterisks or daggers: never a bare
     * digit, which would be read off the end of a number.
     */
    public static final Pattern MARK = Pattern.compile("^(\\(?[0-9a-z]{1,2}\\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\\*{1,3}|†|‡)$");
    public static final int MAX_TEXT_LENGTH = 1000;
    public static final Footnotes NONE = new Footnotes(List.of());

    /** A footnote of a table: its mark and its text as printed. */
    public record Footnote(String mark, String text) {
    }

    public Footnotes {
        list = list == null ? List.of() : List.copyOf(list);
    }

    /** The mark a printed value or name ends with, if it is one of the table's (the longest when marks overlap). */
    public Optional<String> markOf(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String t = printed.strip();
        return list.stream().map(Footnote::mark).filter(m -> m != null && endsWithMark(t, m))
                .max(Comparator.comparingInt(String::length));
    }

    /** «sykehusavd.1)» ends with the mark «1)»; «(2023)» does not end with «3)», nor «brukera)» with «a)». */
    private static boolean endsWithMark(String t, String mark) {
        if (!t.endsWith(mark)) {
            return false;
        }
        int before = t.length() - mark.length() - 1;
        return before < 0 || !Character.isLetterOrDigit(mark.charAt(0)) || !Character.isLetterOrDigit(t.charAt(before));
    }

    /** The printed text without its mark (and the space before it). */
    public String withoutMark(String printed) {
        return markOf(printed).map(m -> printed.strip().substring(0, printed.strip().length() - m.length()).strip())
                .orElse(printed);
    }

    /** The footnote's text for a mark, if the table has it. */
    public Optional<String> textOf(String mark) {
        return list.stream().filter(f -> f.mark().equals(mark)).map(Footnote::text).findFirst();
    }

    /**
     * A printed target as the target grammar reads it: a bare mark is the mark and the footnote's text («1)» → «1) Minst
     * like godt resultat som for 2023»); a target with a mark after it is read without the mark; any other is as printed.
     */
    public String targetOf(String printed) {
        Optional<String> mark = markOf(printed);
        if (mark.isEmpty()) {
            return printed;
        }
        String rest = withoutMark(printed);
        return rest.isEmpty() ? mark.get() + " " + textOf(mark.get()).orElse("") : rest;
    }

    /** The problems of a table's footnotes, each naming its field. */
    public static List<ImportCheck.Finding> problemsOf(List<Footnote> footnotes) {
        List<ImportCheck.Finding> out = new ArrayList<>();
        Set<String> marks = new HashSet<>();
        for (int f = 0; f < footnotes.size(); f++) {
            Footnote one = footnotes.get(f);
            String at = "footnotes[" + f + "]";
            if (one == null) {
                out.add(new ImportCheck.Finding(at, "is empty"));
                continue;
            }
            if (one.mark() == null || !MARK.matcher(one.mark()).matches()) {
                out.add(new ImportCheck.Finding(at + ".mark", (one.mark() == null ? "null" : "'" + one.mark() + "'")
                        + " is not a footnote mark such as 1), (1), a), ², * or †"));
            } else if (!marks.add(one.mark())) {
                out.add(new ImportCheck.Finding(at + ".mark", one.mark() + " is given twice"));
            }
            if (one.text() == null || one.text().isBlank()) {
                out.add(new ImportCheck.Finding(at + ".text", "is required: the footnote as printed"));
            } else if (one.text().length() > MAX_TEXT_LENGTH) {
                out.add(new ImportCheck.Finding(at + ".text", "must be at most " + MAX_TEXT_LENGTH + " characters"));
            }
        }
        return out;
    }
}
