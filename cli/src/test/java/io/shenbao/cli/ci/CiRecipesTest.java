package io.shenbao.cli.ci;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/** The CI recipes run scripts/ci/check, which is run here on the multi-city example. */
class CiRecipesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "github, github-actions.yml, ::error file=",
    "gitlab, gitlab-ci.yml, BATCH-QUOTA",
    "pre-commit, pre-commit-config.yaml, BATCH-QUOTA"
  })
  void eachRecipeChecksTheMultiCityRepository(String mode, String recipe, String expected)
      throws Exception {
    String yaml = Files.readString(Path.of("../scripts/ci", recipe), StandardCharsets.UTF_8);
    Object parsed = new Yaml().load(yaml);
    assertThat(parsed).isInstanceOf(Map.class);
    assertThat(yaml).contains("scripts/ci/check " + mode);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                "bash",
                "../scripts/ci/check",
                mode,
                "../examples/multi-city",
                "--as-of",
                "2024-05-10"));
    pb.environment()
        .put(
            "SHENBAO",
            java + " -cp " + System.getProperty("java.class.path") + " " + Main.class.getName());
    pb.environment().put("SHENBAO_REPORTS", dir.resolve("reports").toString());
    pb.environment().put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isEqualTo(1);
    assertThat(out).contains(expected);
    if (mode.equals("github")) {
      assertThat(dir.resolve("reports/shenbao.sarif")).exists();
      assertThat(Files.readString(dir.resolve("summary.md"))).contains("BATCH-QUOTA");
    }
    if (mode.equals("gitlab")) {
      assertThat(Files.readString(dir.resolve("reports/shenbao-junit.xml")))
          .contains("<failure type=\"BATCH-QUOTA\"");
      assertThat(dir.resolve("reports/shenbao.html")).exists();
    }
  }
}
