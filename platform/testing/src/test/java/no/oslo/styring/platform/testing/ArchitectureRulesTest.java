package no.oslo.styring.platform.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/** The rules fail on fixtures made to break each of them, and name what broke. */
class ArchitectureRulesTest {

    private static final String CYCLIC = "no.oslo.styring.archfixture.cyclic";
    private static final String PLAIN = "no.oslo.styring.archfixture.plain";

    @Test
    void aCycleBetweenFeaturesIsRefusedNamingBoth() {
        List<EvaluationResult> results = evaluate(CYCLIC);
        assertTrue(results.get(0).hasViolation());
        String report = results.get(0).getFailureReport().toString();
        assertTrue(report.contains("feature 'a'") && report.contains("feature 'b'"), report);
        assertFalse(results.get(1).hasViolation());
        assertFalse(results.get(2).hasViolation());
    }

    @Test
    void anotherApplicationsCodeIsRefused() {
        EvaluationResult sharing = evaluate(PLAIN).get(1);
        assertTrue(sharing.hasViolation());
        List<String> details = sharing.getFailureReport().getDetails();
        assertTrue(details.stream().anyMatch(d -> d.contains("Borrower") && d.contains("otherapp.Thing")),
                details.toString());
    }

    @Test
    void aDomainClassWithAFrameworkAnnotationIsRefusedAndAViewIsNot() {
        EvaluationResult domain = evaluate(PLAIN).get(2);
        assertTrue(domain.hasViolation());
        List<String> details = domain.getFailureReport().getDetails();
        assertTrue(details.stream().anyMatch(d -> d.contains("Rule.shown()") && d.contains("jakarta.persistence")),
                details.toString());
        assertTrue(details.stream().noneMatch(d -> d.contains("RuleView")), details.toString());
    }

    private static List<EvaluationResult> evaluate(String rootPackage) {
        JavaClasses classes = new ClassFileImporter().importPackages(rootPackage, "no.oslo.styring.otherapp");
        return ArchitectureRules.rules(rootPackage).stream().map(rule -> rule.evaluate(classes)).toList();
    }
}
