package io.shenbao.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.read.yaml.LocatedYaml;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A yes-or-no value that is neither: only a rule set has one (a submission level's
 * requires_recommendation), and a rule set's problems stop the run as a usage error rather than
 * becoming a finding, so no fixture can show INPUT-TYPE.boolean; the binder's key is checked here.
 */
class RecordBinderTest {
  /** A record with a yes-or-no component. */
  public record Flag(Boolean requiresRecommendation) {}

  private final List<Problem> problems = new ArrayList<>();

  private Flag bind(String text) throws Exception {
    LocatedYaml yaml = LocatedYaml.parse(new StringReader(text));
    return new RecordBinder("f.yaml", problems, yaml).bind(yaml.root(), Flag.class);
  }

  @Test
  void aYesOrNoThatIsNeitherIsAProblemAtItsKey() throws Exception {
    assertThat(bind("requires_recommendation: 也许\n").requiresRecommendation()).isNull();
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo(Keys.InputType.BOOLEAN);
              assertThat(p.location().line()).isEqualTo(1);
            });
  }

  @Test
  void yesAndNoAreRead() throws Exception {
    assertThat(bind("requires_recommendation: no\n").requiresRecommendation()).isFalse();
    assertThat(problems).isEmpty();
  }
}
