package io.shenbao.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.FixtureFolder;
import io.shenbao.rules.Fixtures;
import io.shenbao.rules.check.registry.Rules;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker tells how far it has come: every workspace finished is reported, in order or not. */
class ProgressTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void everyWorkspaceFinishedIsReported(int jobs, @TempDir Path tmp) throws Exception {
    Path dir = FixtureFolder.materialize(Fixtures.resource("rules/BATCH-QUOTA/bad"), tmp);
    List<WorkspaceRef> refs = Workspaces.find(List.of(dir.toString()));
    List<int[]> updates = new CopyOnWriteArrayList<>();
    new Checker(new CheckConfig(refs, null, Fixtures.AS_OF, Rules.ALL, jobs))
        .withProgress((done, total, rows) -> updates.add(new int[] {done, total}))
        .run();
    assertThat(updates).hasSize(3);
    assertThat(updates).extracting(u -> u[1]).containsOnly(3);
    assertThat(updates).extracting(u -> u[0]).containsExactlyInAnyOrder(1, 2, 3);
  }
}
