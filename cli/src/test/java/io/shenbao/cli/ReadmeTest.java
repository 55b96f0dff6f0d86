package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The README cannot drift from the tool: every rule and every option of validate is in it. */
class ReadmeTest {
  @Test
  void readmeNamesEveryRuleWithItsSeverityAndEveryOption() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    for (Rule r : Rules.ALL) {
      assertThat(readme).contains("| " + r.id() + " | " + r.info().severity().id() + " |");
    }
    CommandLine cl = new CommandLine(new ShenbaoCommand());
    for (String command :
        new String[] {"validate", "bundle", "verify", "init", "convert", "rules"}) {
      for (OptionSpec o : cl.getSubcommands().get(command).getCommandSpec().options()) {
        assertThat(readme).as("README mentions %s", o.longestName()).contains(o.longestName());
      }
    }
    assertThat(readme).contains("scripts/demo", "scripts/test");
  }
}
