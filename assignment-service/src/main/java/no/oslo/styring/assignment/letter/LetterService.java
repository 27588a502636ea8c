package no.oslo.styring.assignment.letter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.oslo.styring.assignment.unit.UnitKind;
import no.oslo.styring.assignment.unit.UnitRepository;
import no.oslo.styring.platform.concurrency.ETags;
import no.oslo.styring.platform.problem.Problem.FieldError;
import no.oslo.styring.platform.problem.ProblemException;

/** Letters with their versions: a supplementary letter is a new version, and any two versions can be compared. */
@ApplicationScoped
public class LetterService {

    @Inject
    LetterRepository letters;

    @Inject
    UnitRepository units;

    @Inject
    ObjectMapper json;

    @Transactional
    public LetterView create(LetterRequest request, String by) {
        LetterContent content = request.content();
        check(content);
        if (letters.find(request.year(), request.title()).isPresent()) {
            throw ProblemException.conflict("letter-exists", "Letter exists", "A letter '" + request.title() + "' of "
                    + request.year() + " exists already; a supplementary letter is a new version of it");
        }
        Letter letter = new Letter();
        letter.year = request.year();
        letter.title = request.title().strip();
        letter.currentVersion = 1;
        letters.persist(letter);
        return LetterView.of(letter, record(letter, 1, content, "Tildelingsbrev", by), content);
    }

    /** Records a new version made from {@code ifMatch} (the ETag of the version it was made from). */
    @Transactional
    public LetterView addVersion(long id, String ifMatch, LetterVersionRequest request, String by) {
        Letter letter = letters.lock(id);
        if (letter == null) {
            throw ProblemException.notFound("Letter", id);
        }
        ETags.requireMatch(ifMatch, letter.currentVersion, "letter " + id);
        LetterContent content = request.content();
        check(content);
        letter.currentVersion++;
        return LetterView.of(letter, record(letter, letter.currentVersion, content, request.reason().strip(), by), content);
    }

    public LetterView get(long id, Integer version) {
        Letter letter = require(id);
        int v = version == null ? letter.currentVersion : version;
        LetterVersion stored = letters.version(id, v);
        if (stored == null) {
            throw ProblemException.notFound("Version of letter " + id, v);
        }
        return LetterView.of(letter, stored, read(stored));
    }

    public List<LetterView> list(Integer year, String unit) {
        List<LetterView> views = new ArrayList<>();
        for (Letter letter : letters.ofYear(year)) {
            LetterVersion current = letters.version(letter.id, letter.currentVersion);
            LetterContent content = read(current);
            if (unit == null || content.recipients().contains(unit) || content.issuers().contains(unit)) {
                views.add(LetterView.of(letter, current, content));
            }
        }
        return views;
    }

    /**
     * The reporting points the unit's letters of the year ask for (the current version of each letter it receives), in
     * the order the letters give them; empty when none names any.
     */
    public List<String> reportingPointsOf(int year, String unit) {
        java.util.LinkedHashSet<String> points = new java.util.LinkedHashSet<>();
        for (Letter letter : letters.ofYear(year)) {
            LetterContent content = read(letters.version(letter.id, letter.currentVersion));
            if (content.recipients().contains(unit)) {
                points.addAll(content.reportingPoints());
            }
        }
        return List.copyOf(points);
    }

    public List<LetterView.Summary> versions(long id) {
        require(id);
        return letters.versions(id).stream().map(v -> new LetterView.Summary(v.version, v.recordedAt, v.recordedBy,
                v.reason)).toList();
    }

    public LetterDiff diff(long id, int from, int to) {
        require(id);
        LetterVersion a = letters.version(id, from);
        LetterVersion b = letters.version(id, to);
        if (a == null) {
            throw ProblemException.invalidField("from", "letter " + id + " has no version " + from);
        }
        if (b == null) {
            throw ProblemException.invalidField("to", "letter " + id + " has no version " + to);
        }
        return LetterDiff.between(from, read(a), to, read(b));
    }

    public boolean exists(int year, String title) {
        return letters.find(year, title).isPresent();
    }

    private Letter require(long id) {
        Letter letter = letters.find(id);
        if (letter == null) {
            throw ProblemException.notFound("Letter", id);
        }
        return letter;
    }

    /** The content's own rules, and issuers that are departments and recipients that are known units. */
    private void check(LetterContent content) {
        List<FieldError> errors = new ArrayList<>();
        content.problems().forEach(p -> errors.add(new FieldError(p.field(), p.message())));
        for (int i = 0; i < content.issuers().size(); i++) {
            var unit = units.findById(content.issuers().get(i));
            if (unit == null || unit.kind != UnitKind.DEPARTMENT) {
                errors.add(new FieldError("issuers[" + i + "]", "'" + content.issuers().get(i)
                        + "' is not a department (byrådsavdeling) such as HLS"));
            }
        }
        for (int i = 0; i < content.recipients().size(); i++) {
            if (units.findById(content.recipients().get(i)) == null) {
                errors.add(new FieldError("recipients[" + i + "]", "unknown unit '" + content.recipients().get(i) + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private LetterVersion record(Letter letter, int version, LetterContent content, String reason, String by) {
        LetterVersion v = new LetterVersion();
        v.letterId = letter.id;
        v.version = version;
        v.recordedAt = Instant.now();
        v.recordedBy = by;
        v.reason = reason;
        try {
            v.content = json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("letter content cannot be written as JSON", e);
        }
        letters.persist(v);
        return v;
    }

    private LetterContent read(LetterVersion v) {
        try {
            return json.readValue(v.content, LetterContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored letter content of letter " + v.letterId + " cannot be read", e);
        }
    }
}
