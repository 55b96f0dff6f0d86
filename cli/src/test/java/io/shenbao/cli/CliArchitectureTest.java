package io.shenbao.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No cycles between the cli's packages (ARCHITECTURE.md). */
class CliArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shenbao.cli");
  }

  @Test
  void noCyclesBetweenSubPackages() {
    slices().matching("io.shenbao.cli.(**)").should().beFreeOfCycles().check(classes);
  }
}
