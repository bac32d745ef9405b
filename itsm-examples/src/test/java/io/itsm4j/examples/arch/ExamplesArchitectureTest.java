package io.itsm4j.examples.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.itsm4j.examples.jdbc.CatalogueEventCodec;
import io.itsm4j.examples.jdbc.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * The examples are adapters and programs over core's public API: they never reach into core's internals, their
 * packages form no cycle, the adapters do not depend on the programs, and the event codecs stay pure.
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

  @Test
  void adaptersDoNotDependOnPrograms() {
    noClasses().that().resideInAnyPackage("io.itsm4j.examples.jdbc..", "io.itsm4j.examples.notify..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("io.itsm4j.examples.simulation..", "io.itsm4j.examples.guide..")
        .check(EXAMPLES);
  }

  @Test
  void theEventCodecsArePure() {
    // KeyValueText is package-private: named here, and held to the same rule as the codecs that use it.
    String keyValueText = "io\\.itsm4j\\.examples\\.jdbc\\.KeyValueText(\\$.*)?";
    classes().that().belongToAnyOf(EventCodec.class, CatalogueEventCodec.class).or().haveNameMatching(keyValueText)
        .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.lang..", "java.time..",
                "java.util..", "io.vavr..", "io.itsm4j.core..", "org.jspecify..")
            .or(JavaClass.Predicates.belongToAnyOf(EventCodec.class, CatalogueEventCodec.class))
            .or(HasName.Predicates.nameMatching(keyValueText)))
        .check(EXAMPLES);
  }
}
