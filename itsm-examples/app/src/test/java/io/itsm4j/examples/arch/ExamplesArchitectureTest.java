package io.itsm4j.examples.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The example programs use core's public API: they never reach into core's internals, and their packages form no
 * cycle. (The adapters are a module of their own, itsm-jdbc, which the programs depend on and not the other way.)
 */
class ExamplesArchitectureTest {
  private static final JavaClasses EXAMPLES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.itsm4j.examples");

  @Test
  void examplesUseOnlyCorePublicApi() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.itsm4j.core.internal..")
        .check(EXAMPLES);
  }

  @Test
  void examplePackagesAreFreeOfCycles() {
    slices().matching("io.itsm4j.examples.(*)..").should().beFreeOfCycles().check(EXAMPLES);
  }
}
