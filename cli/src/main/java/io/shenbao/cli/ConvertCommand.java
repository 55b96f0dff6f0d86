package io.shenbao.cli;

import io.shenbao.cli.excel.PlanWorkbook;
import io.shenbao.cli.excel.PlanYaml;
import io.shenbao.rules.engine.PlanFile;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shenbao convert IN OUT}: plan.yaml ↔ plan.xlsx, by the names' extensions. */
@Command(name = "convert", mixinStandardHelpOptions = true)
public final class ConvertCommand implements Callable<Integer> {
  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", descriptionKey = "param.in")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "param.out")
  Path out;

  @Option(names = "--force", descriptionKey = "option.convert-force")
  boolean force;

  @Override
  public Integer call() throws IOException, PolicyException {
    CommandLine cl = spec.commandLine();
    Messages m = global.messages();
    if (!Files.isRegularFile(in)) {
      throw global.usage(cl, "error.no-such-file", in);
    }
    String from = ext(in);
    String to = ext(out);
    if (!((from.equals("yaml") && to.equals("xlsx"))
        || (from.equals("xlsx") && to.equals("yaml")))) {
      throw global.usage(cl, "error.convert-direction", in, out);
    }
    if (Files.exists(out) && !force) {
      throw global.usage(cl, "error.convert-exists", out);
    }
    PlanFile.Alone r = PlanFile.readAlone(in, in.toString(), global.forcedPolicy(cl));
    if (r.plan() == null) {
      for (Problem p : r.problems()) {
        cl.getErr()
            .println(
                in
                    + (p.location() == null ? "" : ":" + p.location().shortForm())
                    + ": "
                    + m.format(p.key(), p.args()));
      }
      cl.getErr().flush();
      return ExitCode.FINDINGS;
    }
    Policy policy = r.policy();
    byte[] bytes;
    if (to.equals("xlsx")) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      PlanWorkbook.write(r.plan(), policy, buf);
      bytes = buf.toByteArray();
    } else {
      bytes = PlanYaml.write(r.plan()).getBytes(StandardCharsets.UTF_8);
    }
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".convert-", ".tmp");
    try {
      Files.write(tmp, bytes);
      if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    if (!global.quiet) {
      cl.getOut().println(m.format("convert.done", in.toString(), out.toString()));
      cl.getOut().flush();
    }
    return ExitCode.OK;
  }

  private static String ext(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return "yaml";
    }
    return n.endsWith(".xlsx") ? "xlsx" : "";
  }
}
