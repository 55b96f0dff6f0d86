package io.shenbao.cli;

import io.shenbao.cli.bundle.BundleException;
import io.shenbao.cli.bundle.BundleTarget;
import io.shenbao.cli.bundle.Bundler;
import io.shenbao.cli.bundle.FontSet;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shenbao bundle WORKSPACE}: validates, then writes the submission package. */
@Command(name = "bundle", mixinStandardHelpOptions = true)
public final class BundleCommand implements Callable<Integer> {
  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WORKSPACE", descriptionKey = "param.workspace")
  String workspace;

  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "option.out")
  Path out;

  @Option(names = "--copies", paramLabel = "N", descriptionKey = "option.copies")
  Integer copies;

  @Mixin PackageOptions pkg;

  @Override
  public Integer call() throws IOException, PolicyException {
    CommandLine cl = spec.commandLine();
    PackageRun run = PackageRun.of(global, cl, pkg);
    PackageOptions.Dated when = run.when();
    List<WorkspaceRef> found;
    try {
      found = Workspaces.find(List.of(workspace));
    } catch (UsageException e) {
      throw global.usage(cl, e);
    }
    if (found.size() != 1) {
      throw global.usage(cl, "error.bundle-one", workspace, found.size());
    }
    WorkspaceRef ws = found.get(0);
    if (copies != null && (copies < 1 || copies > 999)) {
      throw global.usage(cl, "bundle.error.copies", copies);
    }
    Policy forced = global.forcedPolicy(cl);
    return run.run(
        out(ws),
        ws.dir(),
        CheckConfig.of(List.of(ws), forced, global.asOf()),
        "bundle",
        new PackageRun.Steps() {
          @Override
          public void checked(Map<WorkspaceRef, WorkspaceContents> checked) {
            refuseLate(cl, when, checked.get(ws));
          }

          @Override
          public Bundler.Result build(
              Map<WorkspaceRef, WorkspaceContents> checked, FontSet faces, BundleTarget claimed)
              throws IOException, BundleException {
            WorkspaceContents contents = checked.get(ws);
            return Bundler.build(
                contents,
                faces,
                copies,
                when.when(contents.policy().zone()),
                !pkg.noRasterize,
                claimed);
          }
        });
  }

  private Path out(WorkspaceRef ws) {
    return out != null ? out : Bundler.defaultOut(ws.dir());
  }

  /**
   * Refuses a package dated after the deadline of the plan's level: the receiving office does not
   * accept it, so it would only mislead.
   */
  private void refuseLate(CommandLine cl, PackageOptions.Dated when, WorkspaceContents contents) {
    Policy.Level level =
        contents.plan().submission() == null
            ? null
            : contents.policy().level(contents.plan().submission().level());
    when.refuseLate(global, cl, level, contents.policy().zone());
  }
}
