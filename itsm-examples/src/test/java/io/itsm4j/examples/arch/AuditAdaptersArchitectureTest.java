package io.itsm4j.examples.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.itsm4j.examples.jdbc.AuditEntryCodec;
import io.itsm4j.examples.jdbc.CorrectiveActionEventCodec;
import io.itsm4j.examples.jdbc.HistoryCodec;
import io.itsm4j.examples.jdbc.JdbcAuditStore;
import io.itsm4j.examples.jdbc.JdbcHistoryStore;
import io.itsm4j.examples.jdbc.JdbcPersonalDataVault;
import io.itsm4j.examples.jdbc.ProgrammeEventCodec;
import org.junit.jupiter.api.Test;

/**
 * The JDBC audit adapters are adapters of the audit module's ports and nothing more: they use its public API, not
 * its in-memory stores or its application layer, and the codecs stay pure like the event codec: no I/O, no
 * SQL, nothing but the JDK, Vavr and the domain.
 */
class AuditAdaptersArchitectureTest {
  private static final JavaClasses EXAMPLES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.itsm4j.examples");

  @Test
  void theAuditAdaptersUseOnlyThePortsAndTheTrailsPublicTypes() {
    noClasses().that().belongToAnyOf(JdbcAuditStore.class, JdbcHistoryStore.class, JdbcPersonalDataVault.class,
            AuditEntryCodec.class, HistoryCodec.class, ProgrammeEventCodec.class, CorrectiveActionEventCodec.class)
        .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.audit.internal..", "io.itsm4j.audit.memory..",
            "io.itsm4j.audit.application..")
        .check(EXAMPLES);
  }

  @Test
  void theCodecsArePure() {
    String codecs = "io\\.itsm4j\\.examples\\.jdbc\\.(AuditEntryCodec|ProgrammeEventCodec|CorrectiveActionEventCodec"
        + "|HistoryCodec|KeyValueText|EventCodec)(\\$.*)?";
    classes().that().haveNameMatching(codecs)
        .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.lang..", "java.time..",
                "java.util..", "io.vavr..", "io.itsm4j.core..", "io.itsm4j.audit", "io.itsm4j.audit.trail..",
                "io.itsm4j.audit.programme..", "io.itsm4j.audit.corrective..", "org.jspecify..")
            .or(HasName.Predicates.nameMatching(codecs)))
        .check(EXAMPLES);
  }
}
