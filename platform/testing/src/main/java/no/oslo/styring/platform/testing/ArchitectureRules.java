package no.oslo.styring.platform.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture every application of the suite keeps (ARCHITECTURE.md, "Code layout"), checked on its
 * compiled classes with ArchUnit. Each application has a plain JUnit test that calls {@link #check(String)}
 * with its root package; nothing is started.
 *
 * <ol>
 * <li><b>Feature packages form no cycle.</b> A feature (letter, goal, measurement, …) may use another, but two
 * features never use each other, directly or round a longer loop.</li>
 * <li><b>Only the shared modules are shared.</b> An application's classes use its own package, {@code contract},
 * {@code platform} and {@code targets}, never another application's code.</li>
 * <li><b>Domain classes are plain Java.</b> A class that is no resource, bean, entity, configuration,
 * request or view (the feature's records, enums and rules) imports no framework package, so it is unit-tested
 * without booting Quarkus.</li>
 * </ol>
 */
public final class ArchitectureRules {

    /** The packages of the suite that every application may use. */
    private static final String[] SHARED = {
            "no.oslo.styring.contract..", "no.oslo.styring.platform..", "no.oslo.styring.targets.."};

    /** Packages that tie a class to the runtime: web, persistence, injection, transactions, messaging, config. */
    private static final String[] FRAMEWORK = {
            "io.quarkus..", "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..", "jakarta.ws.rs..",
            "jakarta.persistence..", "org.hibernate..", "jakarta.enterprise..", "jakarta.inject..",
            "jakarta.transaction..", "jakarta.annotation.."};

    /**
     * Annotations that make a class part of the runtime or the edge rather than of the domain: resources, beans,
     * entities, configuration, and the API's own shapes (a class that carries an OpenAPI schema).
     */
    private static final List<String> RUNTIME_ANNOTATIONS = List.of(
            "jakarta.ws.rs.Path", "jakarta.ws.rs.ext.Provider", "jakarta.persistence.Entity",
            "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass",
            "jakarta.enterprise.context.ApplicationScoped", "jakarta.enterprise.context.RequestScoped",
            "jakarta.enterprise.context.Dependent", "jakarta.inject.Singleton", "io.smallrye.config.ConfigMapping",
            "io.quarkus.runtime.Startup", "org.eclipse.microprofile.openapi.annotations.media.Schema");

    /**
     * The last words of class names that say a class belongs to the edge or the runtime: the API's own shapes
     * ({@code …Request}, {@code …View}), persistence ({@code …Repository}, {@code …Entity}), configuration
     * ({@code …Config}), and the classes that turn a record into CSV or JSON for a reader.
     */
    private static final Set<String> EDGE_SUFFIXES = Set.of("Request", "View", "Views", "Repository", "Entity",
            "Config", "Resource", "Service");

    private ArchitectureRules() {
    }

    /** Checks all three rules on the service whose classes lie under {@code rootPackage}. */
    public static void check(String rootPackage) {
        check(rootPackage, rules(rootPackage));
    }

    /**
     * Checks the first two rules only, for an application with no domain of its own: the portal shows what the
     * services hold, and each of its classes is a page, a form, a client of a service or a message bundle.
     */
    public static void checkPackages(String rootPackage) {
        check(rootPackage, rules(rootPackage).subList(0, 2));
    }

    private static void check(String rootPackage, List<ArchRule> rules) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        for (ArchRule rule : rules) {
            rule.check(classes);
        }
    }

    static List<ArchRule> rules(String rootPackage) {
        return List.of(
                slices().matching(rootPackage + ".(*)..").namingSlices("feature '$1'")
                        .should().beFreeOfCycles()
                        .as("the feature packages of " + rootPackage + " form no cycle"),
                noClasses().that().resideInAPackage(rootPackage + "..")
                        .should().dependOnClassesThat(resideInAnyPackage("no.oslo.styring..")
                                .and(not(resideInAnyPackage(rootPackage + "..")))
                                .and(not(resideInAnyPackage(SHARED))))
                        .as(rootPackage + " uses no other application's code, only contract, platform and targets"),
                classes().that().resideInAPackage(rootPackage + "..").and(domain())
                        .should().onlyDependOnClassesThat(not(resideInAnyPackage(FRAMEWORK)))
                        .as("domain classes of " + rootPackage + " import no framework package"));
    }

    /** A class that is none of the runtime's or the edge's: what is left is the feature's domain. */
    private static DescribedPredicate<JavaClass> domain() {
        return DescribedPredicate.describe("are domain classes (no resource, bean, entity, config, request or view)",
                type -> {
                    JavaClass outer = type;
                    while (outer.getEnclosingClass().isPresent()) {
                        outer = outer.getEnclosingClass().get();
                    }
                    JavaClass top = outer;
                    boolean runtime = RUNTIME_ANNOTATIONS.stream().anyMatch(top::isAnnotatedWith);
                    boolean edge = EDGE_SUFFIXES.stream().anyMatch(top.getSimpleName()::endsWith);
                    return !runtime && !edge;
                });
    }
}
