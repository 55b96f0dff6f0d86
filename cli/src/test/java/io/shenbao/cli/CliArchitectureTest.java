package io.shenbao.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cli's architecture (ARCHITECTURE.md): no cycles between its packages, and it uses the core
 * only through its face — the engine, the renderers, the figures, the workbook layouts, the file
 * formats and the data — never the readers ({@code read}) or the rules ({@code check}).
 */
class CliArchitectureTest {
  static final String CORE = "io.shenbao.rules";

  static JavaClasses cli;

  @BeforeAll
  static void importMainClasses() {
    cli =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shenbao.cli");
  }

  @Test
  void noCyclesBetweenSubPackages() {
    slices().matching("io.shenbao.cli.(**)").should().beFreeOfCycles().check(cli);
  }

  @Test
  void theCoreIsUsedOnlyThroughItsFace() {
    classes()
        .that()
        .resideInAPackage("io.shenbao.cli..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage(CORE + "..")
                .or(
                    resideInAnyPackage(
                        CORE + ".engine..",
                        CORE + ".report..",
                        CORE + ".facts..",
                        CORE + ".layout..",
                        CORE + ".formats..",
                        CORE + ".policy..",
                        CORE + ".model..",
                        CORE + ".finding..",
                        CORE + ".domain..",
                        CORE + ".text..")))
        .check(cli);
  }
}
