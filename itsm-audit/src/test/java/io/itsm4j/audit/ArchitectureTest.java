package io.itsm4j.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's shape, enforced: the domain packages are pure and depend only on the JDK, Vavr, Immutables,
 * JSpecify and itsm4j's own domain; nothing uses core's internals; packages have no cycles.
 */
class ArchitectureTest {
  private static final String[] DOMAIN = {"io.itsm4j.audit", "io.itsm4j.audit.trail..", "io.itsm4j.audit.programme..",
      "io.itsm4j.audit.corrective..", "io.itsm4j.audit.evidence..", "io.itsm4j.audit.ticket..", "io.itsm4j.audit.internal..",
      "io.itsm4j.audit.catalogue..", "io.itsm4j.audit.trend..", "io.itsm4j.audit.metrics..",
      "io.itsm4j.audit.feedback..", "io.itsm4j.audit.improvement..", "io.itsm4j.audit.review.."};

  private static JavaClasses audit;

  @BeforeAll
  static void importClasses() {
    audit = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.itsm4j.audit");
  }

  @Test
  void theDomainDependsOnlyOnTheJdkVavrImmutablesJspecifyAndItsm4j() {
    ArchRule rule = classes().that().resideInAnyPackage(DOMAIN).should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.vavr..", "org.immutables.value..", "org.jspecify..", "io.itsm4j.audit",
            "io.itsm4j.audit.trail..", "io.itsm4j.audit.programme..", "io.itsm4j.audit.corrective..",
            "io.itsm4j.audit.evidence..", "io.itsm4j.audit.ticket..", "io.itsm4j.audit.internal..", "io.itsm4j.audit.catalogue..",
            "io.itsm4j.audit.trend..", "io.itsm4j.audit.metrics..", "io.itsm4j.audit.feedback..",
            "io.itsm4j.audit.improvement..", "io.itsm4j.audit.review..", "io.itsm4j.core", "io.itsm4j.core.ticket..", "io.itsm4j.core.workflow..", "io.itsm4j.core.catalogue..",
            "io.itsm4j.core.approval..", "io.itsm4j.core.change",
            // Percentiles of the improvement metrics: a mergeable sketch, pure computation.
            "org.HdrHistogram..");
    rule.check(audit);
  }

  @Test
  void theDomainDoesNoIoStartsNoThreadsReadsNoClockAndLogsNothing() {
    noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.util.concurrent..", "java.util.logging..",
            "org.slf4j..")
        .orShould().dependOnClassesThat().belongToAnyOf(Thread.class, java.time.Clock.class, java.time.InstantSource.class)
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().accessField(System.class, "out")
        .check(audit);
  }

  @Test
  void nothingUsesCoresInternals() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.itsm4j.core.internal..").check(audit);
  }

  @Test
  void theDomainKnowsNoPortAdapterOrApplicationLayer() {
    noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
        .resideInAnyPackage("io.itsm4j.audit.port..", "io.itsm4j.audit.memory..", "io.itsm4j.audit.application..",
            "io.itsm4j.core.port..", "io.itsm4j.core.memory..", "io.itsm4j.core.application..")
        .check(audit);
  }

  @Test
  void adaptersDoNotReachIntoTheApplicationLayer() {
    noClasses().that().resideInAnyPackage("io.itsm4j.audit.memory..", "io.itsm4j.audit.port..")
        .should().dependOnClassesThat().resideInAPackage("io.itsm4j.audit.application..").check(audit);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("io.itsm4j.audit.(*)..").should().beFreeOfCycles().check(audit);
  }

  @Test
  void validatingMethodsAnswerInOneShape() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().arePublic()
        .should().notHaveRawReturnType(io.vavr.control.Validation.class)
        .because("every public method that validates answers Either<Rejection, T> (docs/architecture.md)")
        .check(audit);
  }
}
