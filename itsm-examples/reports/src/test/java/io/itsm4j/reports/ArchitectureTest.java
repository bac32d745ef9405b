package io.itsm4j.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The values do not know their renderer; the renderer keeps its engine in one place. */
@AnalyzeClasses(packages = "io.itsm4j", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule library_modules_do_not_depend_on_the_renderer = noClasses()
      .that().resideInAnyPackage("io.itsm4j.core..", "io.itsm4j.sla..", "io.itsm4j.audit..")
      .should().dependOnClassesThat().resideInAnyPackage("io.itsm4j.reports..", "com.github.mustachejava..")
      .because("a review is a value; how it is rendered is the host's choice");

  @ArchTest
  static final ArchRule only_templates_knows_the_engine = noClasses()
      .that().resideInAPackage("io.itsm4j.reports").and().doNotHaveSimpleName("Templates")
      .and().doNotHaveFullyQualifiedName("io.itsm4j.reports.Templates$1")
      .should().dependOnClassesThat().resideInAnyPackage("com.github.mustachejava..")
      .because("the template engine could be replaced in one class");
}
