package io.shenbao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core library never depends on picocli or the cli module, and never exits the JVM. */
class ArchitectureTest {
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
