package no.oslo.styring.budget.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import no.oslo.styring.platform.problem.Problem.FieldError;

/**
 * The content of one version of a budget frame (ramme): the base line ("Vedtatt Dok 3") and the frame-change lines, each
 * with one amount per year of the økonomiplan, in 1 000 kr. The frame and the change from the base are derived, never
 * stored.
 *
 * @param years the økonomiplan years, ascending and consecutive (e.g. 2025–2028)
 */
public record FrameContent(List<Integer> years, Line base, List<Line> lines) {

    /** One row: a text, an optional category, and one amount per year (zero allowed, negative for a reduction). */
    public record Line(String text, String category, List<Long> amounts) {
    }

    public FrameContent {
        years = years == null ? List.of() : List.copyOf(years);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The frame of year column {@code i}: the base plus every change line. */
    public long frame(int i) {
        long total = base.amounts().get(i);
        for (Line line : lines) {
            total += line.amounts().get(i);
        }
        return total;
    }

    /** The change from the base in year column {@code i}: the sum of the change lines. */
    public long changeFromBase(int i) {
        return frame(i) - base.amounts().get(i);
    }

    /** The frame per year column. */
    public List<Long> frame() {
        return IntStream.range(0, years.size()).mapToObj(this::frame).toList();
    }

    /** The change from the base per year column. */
    public List<Long> changeFromBase() {
        return IntStream.range(0, years.size()).mapToObj(this::changeFromBase).toList();
    }

    /** The frame of a year, or null when the økonomiplan does not cover it. */
    public Long frameOf(int year) {
        int i = years.indexOf(year);
        return i < 0 ? null : frame(i);
    }

    /**
     * What is wrong with this content, each finding naming its JSON path under {@code path} (empty: nothing). The years
     * are ascending and consecutive, every line has a text and one amount per year, the base and the frame are not
     * negative.
     */
    public List<FieldError> problems(String path) {
        List<FieldError> errors = new ArrayList<>();
        String prefix = path.isEmpty() ? "" : path + ".";
        if (years.isEmpty() || years.size() > 10) {
            errors.add(new FieldError(prefix + "years", "must list 1 to 10 years, e.g. [2025, 2026, 2027, 2028]"));
            return errors;
        }
        for (int i = 0; i < years.size(); i++) {
            Integer year = years.get(i);
            if (year == null || year < 2000 || year > 9999 || (i > 0 && year != years.get(i - 1) + 1)) {
                errors.add(new FieldError(prefix + "years[" + i + "]", "the years must be consecutive years between "
                        + "2000 and 9999, was " + years));
                return errors;
            }
        }
        if (base == null) {
            errors.add(new FieldError(prefix + "base", "is required"));
        } else {
            line(errors, prefix + "base", base);
            if (base.amounts() != null) {
                for (int i = 0; i < base.amounts().size(); i++) {
                    Long amount = base.amounts().get(i);
                    if (amount != null && amount < 0) {
                        errors.add(new FieldError(prefix + "base.amounts[" + i + "]", "must not be negative, was " + amount));
                    }
                }
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            if (lines.get(l) == null) {
                errors.add(new FieldError(prefix + "lines[" + l + "]", "is required"));
            } else {
                line(errors, prefix + "lines[" + l + "]", lines.get(l));
            }
        }
        if (errors.isEmpty()) {
            for (int i = 0; i < years.size(); i++) {
                if (frame(i) < 0) {
                    errors.add(new FieldError(prefix + "lines", "the frame of " + years.get(i) + " would be negative ("
                            + frame(i) + ")"));
                }
            }
        }
        return errors;
    }

    private void line(List<FieldError> errors, String path, Line line) {
        if (line.text() == null || line.text().isBlank()) {
            errors.add(new FieldError(path + ".text", "is required"));
        } else if (line.text().length() > 500) {
            errors.add(new FieldError(path + ".text", "must be at most 500 characters"));
        }
        if (line.category() != null && line.category().length() > 200) {
            errors.add(new FieldError(path + ".category", "must be at most 200 characters"));
        }
        if (line.amounts() == null || line.amounts().size() != years.size()) {
            errors.add(new FieldError(path + ".amounts", "must have one amount per year (" + years.size() + "), had "
                    + (line.amounts() == null ? 0 : line.amounts().size())));
            return;
        }
        for (int i = 0; i < line.amounts().size(); i++) {
            if (line.amounts().get(i) == null) {
                errors.add(new FieldError(path + ".amounts[" + i + "]", "is required (0 for no change)"));
            }
        }
    }
}
