package io.itsm4j.sla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module's layering: a pure domain, ports, adapters and the application layer on top; core's public API only. */
@AnalyzeClasses(packages = "io.itsm4j.sla", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domain_is_pure = classes()
      .that().resideInAnyPackage("io.itsm4j.sla", "io.itsm4j.sla.calendar", "io.itsm4j.sla.availability", "io.itsm4j.sla.continuity", "io.itsm4j.sla.review")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "org.immutables.value..",
          "org.jspecify..", "io.itsm4j.sla", "io.itsm4j.sla.calendar", "io.itsm4j.sla.availability", "io.itsm4j.sla.continuity", "io.itsm4j.sla.review", "io.itsm4j.core..",
          // The calendar's year cache: a bounded, thread-safe memo of pure results.
          "com.github.benmanes.caffeine.cache..")
      .because("domain code does no I/O, reads no clock and logs nothing");

  @ArchTest
  static final ArchRule domain_does_no_io_threads_or_clock_reads = noClasses()
      .that().resideInAnyPackage("io.itsm4j.sla", "io.itsm4j.sla.calendar", "io.itsm4j.sla.availability", "io.itsm4j.sla.continuity", "io.itsm4j.sla.review")
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.util.logging..",
          "java.util.concurrent..", "java.sql..")
      .orShould().callMethod(java.time.Instant.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis");

  @ArchTest
  static final ArchRule domain_does_not_know_ports_adapters_or_application = noClasses()
      .that().resideInAnyPackage("io.itsm4j.sla", "io.itsm4j.sla.calendar", "io.itsm4j.sla.availability", "io.itsm4j.sla.continuity", "io.itsm4j.sla.review")
      .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.sla.port..", "io.itsm4j.sla.memory..",
          "io.itsm4j.sla.monitor..", "io.itsm4j.core.application..", "io.itsm4j.core.memory..");

  @ArchTest
  static final ArchRule only_core_public_api = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.core.internal..");

  @ArchTest
  static final ArchRule calendar_does_not_know_slas = noClasses()
      .that().resideInAPackage("io.itsm4j.sla.calendar")
      .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.sla", "io.itsm4j.core..");

  @ArchTest
  static final ArchRule validating_methods_answer_in_one_shape = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
      .methods().that().arePublic().should().notHaveRawReturnType(io.vavr.control.Validation.class)
      .because("every public method that validates answers Either<Rejection, T> (docs/architecture.md)");

  @ArchTest
  static final ArchRule no_cycles = slices().matching("io.itsm4j.sla.(**)").should().beFreeOfCycles();
}
