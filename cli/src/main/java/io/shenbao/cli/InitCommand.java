package io.shenbao.cli;

import io.shenbao.cli.excel.PlanWorkbook;
import io.shenbao.cli.excel.ProgressTemplate;
import io.shenbao.cli.excel.ProgressWorkbook;
import io.shenbao.cli.excel.RosterTemplate;
import io.shenbao.rules.engine.PlanFile;
import io.shenbao.rules.engine.RuleSets;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.engine.WorkspacePlan;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shenbao init DIR}: a new workspace to fill in, as YAML or as an Excel workbook. */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {
  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "param.dir")
  Path dir;

  @Option(names = "--city", paramLabel = "NAME", descriptionKey = "option.city")
  String city;

  @Option(names = "--province", paramLabel = "NAME", descriptionKey = "option.province")
  String province;

  @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "option.type")
  String type;

  @Option(names = "--excel", descriptionKey = "option.excel")
  boolean excel;

  @Option(names = "--industry", paramLabel = "重点行业—细分行业", descriptionKey = "option.industry")
  List<String> industries = new ArrayList<>();

  @Option(names = "--progress", descriptionKey = "option.init-progress")
  boolean progress;

  @Override
  public Integer call() throws IOException, PolicyException {
    CommandLine cl = spec.commandLine();
    Messages m = global.messages();
    if (progress) {
      return progress(cl, m);
    }
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
      throw global.usage(cl, "error.init-not-empty", dir);
    }
    Policy forced = global.forcedPolicy(cl);
    Policy policy = forced != null ? forced : RuleSets.forProvince(province);
    List<String> types = policy.eligibleCityTypes().value();
    if (type != null && !types.contains(type)) {
      throw global.usage(cl, "error.init-type", global.ui().join(types), type);
    }
    // a rule set file goes into the workspace, where the plan names it (policy: its file name)
    Path ruleSetFile = forced == null ? null : ruleSetFile(cl);
    String policyId = ruleSetFile == null ? policy.id() : ruleSetFile.getFileName().toString();
    String level = policy.defaultLevel();
    List<String[]> pairs = new ArrayList<>();
    for (String i : industries) {
      String[] kv = i.split("[—\\-－]+", 2);
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
        throw global.usage(cl, "error.init-industry", i);
      }
      pairs.add(new String[] {kv[0].strip(), kv[1].strip()});
    }
    List<String> subs = pairs.stream().map(p -> p[1]).toList();
    Files.createDirectories(dir.resolve("证明材料"));
    if (ruleSetFile != null) {
      Files.copy(ruleSetFile, dir.resolve(policyId));
    }
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
                  .map(p -> new Industry(p[0], p[1], null, null, null, null, null, null))
                  .toList(),
              null,
              null,
              null,
              "规上工业中小企业名单.xlsx",
              null,
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
      Files.writeString(dir.resolve(planFile), words(text, policy), StandardCharsets.UTF_8);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("规上工业中小企业名单.xlsx"))) {
      RosterTemplate.write(subs, policy, out);
    }
    if (!global.quiet) {
      cl.getOut().println(m.format("init.done", Hints.path(dir), planFile, policyId));
      cl.getOut().flush();
    }
    return ExitCode.OK;
  }

  /**
   * A progress report to fill beside an approved plan: DIR holds the plan (the first-batch city's
   * workspace) and gets progress.yaml, or with --excel progress.xlsx, laid out from the plan's
   * sub-industries and targets in its rule set's words. Nothing is replaced.
   */
  private int progress(CommandLine cl, Messages m) throws IOException, PolicyException {
    if (city != null || province != null || type != null || !industries.isEmpty()) {
      throw global.usage(cl, "error.init-progress-options");
    }
    List<WorkspaceRef> found;
    try {
      found = Files.isDirectory(dir) ? Workspaces.find(List.of(dir.toString())) : List.of();
    } catch (UsageException e) {
      found = List.of();
    }
    if (found.size() != 1) {
      throw global.usage(cl, "error.init-progress-plan", dir);
    }
    WorkspaceRef ws = found.get(0);
    List<Path> existing = PlanFile.progressFiles(ws.dir());
    if (!existing.isEmpty()) {
      throw global.usage(
          cl, "error.init-progress-exists", ws.displayOf(existing.get(0).getFileName().toString()));
    }
    WorkspacePlan approved = WorkspacePlan.read(ws, global.forcedPolicy(cl));
    if (approved.plan() == null) {
      throw global.usage(cl, "error.init-progress-plan", dir);
    }
    String file;
    if (excel) {
      file = ProgressWorkbook.FILE;
      byte[] book;
      try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        ProgressWorkbook.write(approved.plan(), approved.policy(), out);
        book = out.toByteArray();
      }
      Files.write(ws.dir().resolve(file), book, StandardOpenOption.CREATE_NEW);
    } else {
      file = "progress.yaml";
      Files.writeString(
          ws.dir().resolve(file),
          ProgressTemplate.yaml(approved.plan(), approved.policy()),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW);
    }
    if (!global.quiet) {
      cl.getOut().println(m.format("init.progress-done", Hints.path(dir), file));
      cl.getOut().flush();
    }
    return ExitCode.OK;
  }

  /**
   * The rule set file --policy names, or null for a shipped rule set. Its {@code extends} must be a
   * shipped one (or none), so that the copy in the workspace loads as the original does.
   */
  private Path ruleSetFile(CommandLine cl) throws PolicyException {
    if (RuleSets.isBuiltIn(global.policy)) {
      return null;
    }
    Path file = Path.of(global.policy);
    String parent = RuleSets.load(global.policy).parent();
    if (parent != null && !RuleSets.isBuiltIn(parent)) {
      throw global.usage(cl, "error.init-policy", global.policy, parent);
    }
    return file;
  }

  private static final Pattern WORD = Pattern.compile("\\$\\{(\\w+)(?::(\\w+))?}");

  /**
   * The template's words from the rule set: its years ({@code ${batch_year}}, {@code
   * ${base_year}}), title, city types, levels and caps, and the documents' headings and labels
   * ({@code ${sections:foundation}}, {@code ${baseline:output_value}}, {@code
   * ${targets:cloud_smes}}), and its figures ({@code ${key_industries}}, {@code
   * ${ratio:above_scale}}, {@code ${transformation_min}}).
   */
  static String words(String template, Policy p) {
    Policy.Documents d = p.docs();
    Matcher m = WORD.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group(2);
      String value =
          switch (m.group(1)) {
            case "batch_year" -> String.valueOf(p.batchYear().value());
            // 2023 → 2023年; a base year the rule set leaves empty → 基准年 (the template writes 年)
            case "base_year" -> p.words("{base_year}年").replaceFirst("年$", "");
            case "policy_title" -> p.title();
            case "city_types" -> labelled(p.cityTypes().value(), p.eligibleCityTypes().value());
            case "levels" -> levels(p);
            case "caps" -> PlanWorkbook.capHint(p);
            case "key_industries" -> PlanWorkbook.industryHint(p);
            case "ratio" -> PlanWorkbook.percent(ratio(p.level2Ratios().value(), key));
            case "transformation_min" ->
                PlanWorkbook.percent(p.fundingSplit().value().transformationMin());
            case "sections" -> p.word(d.sections(), key);
            case "baseline" -> p.word(d.baseline(), key);
            case "targets" -> p.word(d.targets(), key);
            default -> m.group();
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static BigDecimal ratio(Policy.Level2Ratios r, String key) {
    return switch (key) {
      case "specialized" -> r.specialized();
      case "little_giants" -> r.littleGiants();
      default -> r.aboveScale();
    };
  }

  private static String labelled(Map<String, String> labels, List<String> codes) {
    List<String> out = new ArrayList<>();
    for (String c : codes) {
      out.add(c + " " + labels.getOrDefault(c, c));
    }
    return String.join(" | ", out);
  }

  private static String levels(Policy p) {
    List<String> out = new ArrayList<>();
    p.submissionLevels()
        .value()
        .forEach(
            (code, level) -> out.add(code + (level.label() == null ? "" : " " + level.label())));
    return String.join(" | ", out);
  }

  private static boolean isEmpty(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.findAny().isEmpty();
    }
  }
}
