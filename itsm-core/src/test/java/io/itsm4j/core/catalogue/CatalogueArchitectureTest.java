package io.itsm4j.core.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The catalogue model stays pure: it depends on the JDK, Vavr, Immutables, JSpecify and itsm4j's own values only
 * (the impact index may use Caffeine for its cache), never on tickets, ports, adapters or the application layers;
 * and the packages around it form no cycle.
 */
class CatalogueArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.itsm4j.core");

  @Test
  void theModelDependsOnTheAllowedLibrariesOnly() {
    classes().that().resideInAPackage("io.itsm4j.core.catalogue")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "org.immutables.value..",
            "org.jspecify..", "io.itsm4j.core", "io.itsm4j.core.internal", "io.itsm4j.core.catalogue..")
        .check(CORE);
    classes().that().resideInAPackage("io.itsm4j.core.catalogue.impact")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "org.jspecify..",
            "io.itsm4j.core", "io.itsm4j.core.internal", "io.itsm4j.core.catalogue..")
        .check(CORE);
  }

  @Test
  void theModelKnowsNothingOfTicketsPortsAdaptersOrApplicationLayers() {
    noClasses().that().resideInAPackage("io.itsm4j.core.catalogue..")
        .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.core.ticket..", "io.itsm4j.core.port..",
            "io.itsm4j.core.memory..", "io.itsm4j.core.application..", "io.itsm4j.core.application..",
            "io.itsm4j.core.workflow..", "org.slf4j..")
        .check(CORE);
  }
}
