package io.shenbao.cli;

import io.shenbao.cli.bundle.BagVerifier;
import io.shenbao.cli.receive.Damage;
import io.shenbao.rules.finding.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shenbao verify BUNDLE}: checks a bundle folder or zip against its manifests. */
@Command(name = "verify", mixinStandardHelpOptions = true)
public final class VerifyCommand implements Callable<Integer> {
  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BUNDLE", descriptionKey = "param.bundle")
  Path bundle;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    Messages m = global.messages();
    if (!Files.exists(bundle)) {
      throw global.usage(cl, "usage.no-such-path", bundle);
    }
    if (!Files.isDirectory(bundle) && !Files.isRegularFile(bundle)) {
      // a pipe or a device would be read forever
      throw global.usage(cl, "error.not-a-file", bundle);
    }
    BagVerifier.Result r;
    try {
      r = BagVerifier.verify(bundle);
    } catch (BagVerifier.NotAZip e) {
      throw global.usage(cl, "error.verify-not-zip", bundle);
    }
    PrintWriter out = cl.getOut();
    if (r.ok()) {
      if (!global.quiet) {
        Map<String, String> i = r.info();
        out.println(
            m.format(
                "verify.ok",
                bundle.toString(),
                i.getOrDefault("Source-Organization", "?"),
                i.getOrDefault("Shenbao-Policy", "?"),
                i.getOrDefault("Bagging-Date", "?"),
                i.getOrDefault("Shenbao-Copies", "?"),
                String.valueOf(r.files())));
      }
      out.flush();
      return ExitCode.OK;
    }
    for (BagVerifier.Problem p : r.problems()) {
      out.println(Damage.describe(p, m));
    }
    out.println(m.format("verify.damaged", bundle.toString(), String.valueOf(r.problems().size())));
    out.flush();
    return ExitCode.FINDINGS;
  }
}
