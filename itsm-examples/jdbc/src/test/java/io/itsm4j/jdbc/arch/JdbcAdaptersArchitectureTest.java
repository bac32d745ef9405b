package io.itsm4j.jdbc.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.itsm4j.jdbc.AuditEntryCodec;
import io.itsm4j.jdbc.CatalogueEventCodec;
import io.itsm4j.jdbc.EventCodec;
import io.itsm4j.jdbc.CorrectiveActionEventCodec;
import io.itsm4j.jdbc.HistoryCodec;
import io.itsm4j.jdbc.JdbcAuditStore;
import io.itsm4j.jdbc.JdbcContinuityPlanStore;
import io.itsm4j.jdbc.JdbcHistoryStore;
import io.itsm4j.jdbc.JdbcPersonalDataVault;
import io.itsm4j.jdbc.JdbcServiceReviewStore;
import io.itsm4j.jdbc.ProgrammeEventCodec;
import org.junit.jupiter.api.Test;

/**
 * The JDBC adapters use the library's public API only, and the audit adapters are adapters of the audit module's
 * ports and nothing more: they use its public API, not
 * its in-memory stores or its application layer, and the codecs stay pure like the event codec: no I/O, no
 * SQL, nothing but the JDK, Vavr and the domain.
 */
class JdbcAdaptersArchitectureTest {
  private static final JavaClasses ADAPTERS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.itsm4j.jdbc");

  @Test
  void theAuditAdaptersUseOnlyThePortsAndTheTrailsPublicTypes() {
    noClasses().that().belongToAnyOf(JdbcAuditStore.class, JdbcHistoryStore.class, JdbcPersonalDataVault.class,
            AuditEntryCodec.class, HistoryCodec.class, ProgrammeEventCodec.class, CorrectiveActionEventCodec.class)
        .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.audit.internal..", "io.itsm4j.audit.memory..",
            "io.itsm4j.audit.application..")
        .check(ADAPTERS);
  }

  @Test
  void theCodecsArePure() {
    String codecs = "io\\.itsm4j\\.jdbc\\.(AuditEntryCodec|ProgrammeEventCodec|CorrectiveActionEventCodec"
        + "|HistoryCodec|KeyValueText|EventCodec)(\\$.*)?";
    classes().that().haveNameMatching(codecs)
        .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.lang..", "java.time..",
                "java.util..", "io.vavr..", "io.itsm4j.core..", "io.itsm4j.audit", "io.itsm4j.audit.trail..",
                "io.itsm4j.audit.programme..", "io.itsm4j.audit.corrective..", "org.jspecify..")
            .or(HasName.Predicates.nameMatching(codecs)))
        .check(ADAPTERS);
  }

  @Test
  void theEventCodecsArePure() {
    // KeyValueText is package-private: named here, and held to the same rule as the codecs that use it.
    String keyValueText = "io\\.itsm4j\\.jdbc\\.KeyValueText(\\$.*)?";
    classes().that().belongToAnyOf(EventCodec.class, CatalogueEventCodec.class).or().haveNameMatching(keyValueText)
        .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.lang..", "java.time..",
                "java.util..", "io.vavr..", "io.itsm4j.core..", "org.jspecify..")
            .or(JavaClass.Predicates.belongToAnyOf(EventCodec.class, CatalogueEventCodec.class))
            .or(HasName.Predicates.nameMatching(keyValueText)))
        .check(ADAPTERS);
  }

  @Test
  void theAdaptersUseOnlyThePublicApiOfTheLibrary() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.core.internal..",
        "io.itsm4j.audit.internal..", "io.itsm4j.sla.internal..").check(ADAPTERS);
  }

  @Test
  void theSlaAdaptersUseOnlyTheirPortsAndValues() {
    // The service review and continuity stores keep what itsm-sla's ports hand them; they neither reach into its
    // in-memory stores nor compute anything of its own.
    noClasses().that().belongToAnyOf(JdbcServiceReviewStore.class, JdbcContinuityPlanStore.class)
        .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.sla.memory..", "io.itsm4j.sla.internal..")
        .check(ADAPTERS);
  }
}
