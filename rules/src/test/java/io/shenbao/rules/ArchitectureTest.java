package io.shenbao.rules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's layers, as ARCHITECTURE.md draws them: engine and report on top (report renders a
 * Report, with the metadata of the rules it ran, and uses nothing of the rules), then the rules
 * (check), the readers (read), the workbooks' layout (layout: what the writer writes and the reader
 * expects, used by read, engine and the cli), the data (policy, model), and at the bottom finding,
 * domain and text. A package uses only those below it; read makes the model and uses nothing of
 * check or engine; facts (the figures the rules compute, which the commands print too) sits below
 * check; text and formats (what PDF/A forbids, how far a zip may inflate) use nothing of ours. The
 * core never depends on picocli or the cli module, and never exits the JVM.
 */
class ArchitectureTest {
  static final String ROOT = "io.shenbao.rules";

  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void layersAreUsedOnlyFromAbove() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("engine")
        .definedBy(ROOT + ".engine..")
        .layer("report")
        .definedBy(ROOT + ".report..")
        .layer("check")
        .definedBy(ROOT + ".check..")
        .layer("read")
        .definedBy(ROOT + ".read..")
        .layer("layout")
        .definedBy(ROOT + ".layout..")
        .layer("facts")
        .definedBy(ROOT + ".facts..")
        .layer("policy")
        .definedBy(ROOT + ".policy..")
        .layer("model")
        .definedBy(ROOT + ".model..")
        .layer("finding")
        .definedBy(ROOT + ".finding..")
        .layer("domain")
        .definedBy(ROOT + ".domain..")
        .layer("text")
        .definedBy(ROOT + ".text..")
        .layer("formats")
        .definedBy(ROOT + ".formats..")
        .whereLayer("engine")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("report")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("check")
        .mayOnlyBeAccessedByLayers("engine")
        .whereLayer("read")
        .mayOnlyBeAccessedByLayers("engine")
        .whereLayer("layout")
        .mayOnlyBeAccessedByLayers("engine", "read")
        .whereLayer("facts")
        .mayOnlyBeAccessedByLayers("engine", "check")
        .whereLayer("policy")
        .mayOnlyBeAccessedByLayers("engine", "report", "check", "read", "layout", "facts")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("engine", "report", "check", "read", "layout", "facts", "policy")
        .whereLayer("finding")
        .mayOnlyBeAccessedByLayers(
            "engine", "report", "check", "read", "layout", "facts", "policy", "model")
        .whereLayer("domain")
        .mayOnlyBeAccessedByLayers(
            "engine", "report", "check", "read", "layout", "facts", "policy", "model", "finding")
        .whereLayer("formats")
        .mayOnlyBeAccessedByLayers("engine", "read")
        .check(classes);
  }

  @Test
  void textUsesNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".text..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(ROOT + ".text..", "java..")
        .check(classes);
  }

  @Test
  void formatsUseNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".formats..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".formats.."))))
        .check(classes);
  }

  @Test
  void noCyclesBetweenTheLayers() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noCyclesBetweenSubPackages() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void rulesSourcesDoNotUsePicocliOrExit() throws Exception {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(50);
    for (Path p : sources) {
      String text = Files.readString(p);
      assertThat(text).as(p.toString()).doesNotContain("picocli").doesNotContain("io.shenbao.cli");
      assertThat(text).as(p.toString()).doesNotContain("System.exit").doesNotContain("System.out");
    }
  }

  @Test
  void picocliIsNotOnTheRulesClasspath() {
    assertThatThrownBy(() -> Class.forName("picocli.CommandLine"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
