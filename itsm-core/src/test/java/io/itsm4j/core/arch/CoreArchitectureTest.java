package io.itsm4j.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layering of itsm-core (docs/architecture.md): a pure domain (the root package, ticket, workflow,
 * catalogue, approval, change, internal) that depends on the JDK, Vavr, Immutables annotations, JSpecify and itself only; ports
 * that speak in domain terms; the application layer (application: the only place that logs or caches)
 * and the in-memory adapters on top; no cycles.
 */
class CoreArchitectureTest {
  private static final String[] DOMAIN = {"io.itsm4j.core", "io.itsm4j.core.ticket..", "io.itsm4j.core.workflow..",
      "io.itsm4j.core.catalogue..", "io.itsm4j.core.approval..", "io.itsm4j.core.change", "io.itsm4j.core.monitoring..",
      "io.itsm4j.core.view..", "io.itsm4j.core.internal.."};
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.itsm4j.core");

  private static void check(ArchRule rule) {
    rule.check(CORE);
  }

  @Test
  void the_domain_depends_only_on_the_jdk_vavr_immutables_jspecify_and_itself() {
    check(classes().that().resideInAnyPackage(DOMAIN)
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "javax.crypto..", "io.vavr..", "org.immutables.value..", "org.jspecify..",
            "io.itsm4j.core", "io.itsm4j.core.ticket..", "io.itsm4j.core.workflow..", "io.itsm4j.core.catalogue..",
            "io.itsm4j.core.approval..", "io.itsm4j.core.change", "io.itsm4j.core.monitoring..",
            "io.itsm4j.core.view..", "io.itsm4j.core.internal.."));
  }

  @Test
  void validating_methods_answer_in_one_shape() {
    check(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().arePublic()
        .should().notHaveRawReturnType(io.vavr.control.Validation.class)
        .because("every public method that validates answers Either<Rejection, T> (docs/architecture.md)"));
  }

  @Test
  void approvals_know_nothing_of_tickets_or_change_rules() {
    check(noClasses().that().resideInAPackage("io.itsm4j.core.approval..")
        .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.core.ticket..", "io.itsm4j.core.change.."));
  }

  @Test
  void change_policies_use_the_domain_and_ports_only() {
    check(noClasses().that().resideInAPackage("io.itsm4j.core.change.policy..")
        .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.core.application..", "io.itsm4j.core.memory..",
            "org.slf4j.."));
  }

  @Test
  void the_domain_reads_no_clock_does_no_io_and_starts_no_threads() {
    check(noClasses().that().resideInAnyPackage(DOMAIN)
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
            com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("now")))
        .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
            "java.util.concurrent..", "java.sql..")
        .orShould().dependOnClassesThat().areAssignableTo(Thread.class));
  }

  @Test
  void ports_speak_in_domain_terms_only() {
    check(noClasses().that().resideInAPackage("io.itsm4j.core.port..")
        .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.core.application..", "io.itsm4j.core.application..",
            "io.itsm4j.core.memory..", "org.slf4j.."));
  }

  @Test
  void adapters_do_not_reach_into_the_application_layer() {
    check(noClasses().that().resideInAPackage("io.itsm4j.core.memory..")
        .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.core.application..", "io.itsm4j.core.application.."));
  }

  @Test
  void only_the_application_layer_logs_and_caches() {
    check(noClasses().that().resideOutsideOfPackages("io.itsm4j.core.application..", "io.itsm4j.core.application..")
        .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "com.github.benmanes.caffeine.."));
  }

  @Test
  void packages_are_free_of_cycles() {
    check(slices().matching("io.itsm4j.core.(**)").should().beFreeOfCycles());
  }
}
