package io.shenbao.cli;

import io.shenbao.cli.excel.PlanWorkbook;
import io.shenbao.cli.excel.RosterTemplate;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.policy.PolicyLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shenbao init DIR}: a new workspace to fill in, as YAML or as an Excel workbook. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "新建工作区：带注释的 plan.yaml（或 --excel 的 plan.xlsx）和名单模板 / scaffold a workspace.")
public final class InitCommand implements Callable<Integer> {
  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "The new workspace folder (must be empty or absent).")
  Path dir;

  @Option(names = "--city", paramLabel = "NAME", description = "申报城市, such as 重庆市璧山区.")
  String city;

  @Option(names = "--province", paramLabel = "NAME", description = "所属省份, such as 重庆市.")
  String province;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "provincial-capital, prefecture, municipal-district or corps.")
  String type;

  @Option(
      names = "--excel",
      description = "Write plan.xlsx (a workbook template) instead of plan.yaml.")
  boolean excel;

  @Option(
      names = "--industry",
      paramLabel = "重点行业—细分行业",
      description = "A sub-industry, such as 汽车制造业—汽车零部件及配件制造; repeat for each one.")
  List<String> industries = new java.util.ArrayList<>();

  @Override
  public Integer call() throws IOException, PolicyException {
    CommandLine cl = spec.commandLine();
    Messages m = global.messages();
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
      throw new CommandLine.ParameterException(
          cl, dir + " exists and is not empty; init writes only into a new or empty folder");
    }
    Policy policy = PolicyLoader.forProvince(province);
    List<String> types = policy.eligibleCityTypes().value();
    if (type != null && !types.contains(type)) {
      throw new CommandLine.ParameterException(
          cl, "--type must be one of " + String.join(", ", types) + ", not " + type);
    }
    String policyId = policy.id();
    String level = policy.defaultLevel();
    List<String[]> pairs = new java.util.ArrayList<>();
    for (String i : industries) {
      String[] kv = i.split("[—\\-－]+", 2);
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
        throw new CommandLine.ParameterException(
            cl, "--industry takes 重点行业—细分行业, such as 汽车制造业—汽车零部件及配件制造, not " + i);
      }
      pairs.add(new String[] {kv[0].strip(), kv[1].strip()});
    }
    List<String> subs = pairs.stream().map(p -> p[1]).toList();
    Files.createDirectories(dir.resolve("证明材料"));
    String planFile;
    if (excel) {
      Plan plan =
          new Plan(
              1,
              policyId,
              new Plan.City(city, province, type),
              new Plan.Contact(null, null),
              new Plan.Submission(level),
              pairs.stream()
                  .map(
                      p ->
                          new io.shenbao.rules.model.Industry(
                              p[0], p[1], null, null, null, null, null))
                  .toList(),
              null,
              null,
              null,
              "规上工业中小企业名单.xlsx",
              null,
              null);
      planFile = "plan.xlsx";
      try (OutputStream out = Files.newOutputStream(dir.resolve(planFile))) {
        PlanWorkbook.write(plan, policy, out);
      }
    } else {
      planFile = "plan.yaml";
      String template;
      try (InputStream in =
          InitCommand.class.getResourceAsStream("/io/shenbao/cli/plan-template.yaml")) {
        template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (pairs.size() > 0) {
        int from = template.indexOf("  - key_industry:");
        int to = template.indexOf("funding:");
        String block = template.substring(from, to);
        StringBuilder all = new StringBuilder();
        for (String[] p : pairs) {
          all.append(
              block
                  .replaceFirst("key_industry: ", "key_industry: " + p[0] + " ")
                  .replaceFirst("sub_industry: ", "sub_industry: " + p[1] + " "));
        }
        template = template.substring(0, from) + all + template.substring(to);
      }
      String text =
          template
              .replace("${policy}", policyId)
              .replace("${city}", city == null ? "" : city)
              .replace("${province}", province == null ? "" : province)
              .replace("${type}", type == null ? "" : type)
              .replace("${level}", level);
      Files.writeString(dir.resolve(planFile), text, StandardCharsets.UTF_8);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("规上工业中小企业名单.xlsx"))) {
      RosterTemplate.write(subs, out);
    }
    if (!global.quiet) {
      cl.getOut().println(m.format("init.done", dir.toString(), planFile, policyId));
      cl.getOut().flush();
    }
    return ExitCode.OK;
  }

  private static boolean isEmpty(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.findAny().isEmpty();
    }
  }
}
