package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.report.Renderers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Chinese throughout, English on request: every command's help and every usage error, in both
 * languages, with no sentence left in the other one.
 */
class LanguageTest {
  static final String WS = "../examples/bishan";
  static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8");

  @TempDir Path dir;

  /**
   * Words that stand in Chinese text as they are: the tool's name, commands, codes a user types
   * (formats, severities, city types, keys of a waivers file) and names of formats.
   */
  static final Set<String> CODES =
      Set.of(
          "shenbao",
          "validate",
          "bundle",
          "forward",
          "verify",
          "intake",
          "compare",
          "init",
          "convert",
          "rules",
          "list",
          "explain",
          "text",
          "json",
          "junit",
          "sarif",
          "github",
          "markdown",
          "html",
          "error",
          "warning",
          "info",
          "off",
          "zh",
          "en",
          "provincial",
          "capital",
          "prefecture",
          "municipal",
          "district",
          "corps",
          "separately",
          "planned",
          "zip",
          "policy",
          "extends",
          "waivers",
          "rule",
          "workspace",
          "location",
          "reason",
          "expires",
          "plan",
          "yaml",
          "xlsx",
          "ttf",
          "ttc",
          "TrueType",
          "Tab",
          "YAML",
          "Excel",
          "PDF",
          "MiB",
          "true");

  /** Examples of Chinese values that an English text quotes as the user would type them. */
  static final List<String> CHINESE_VALUES =
      List.of("汽车制造业—汽车零部件及配件制造", "重点行业—细分行业", "重庆市璧山区", "重庆市", "申报包", "标注");

  private static final Pattern CJK =
      Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

  /** The English words left in a Chinese text once options, codes, paths and quoted values go. */
  static List<String> englishIn(String zh) {
    String t =
        zh.replaceAll("“[^”]*”", " ")
            .replaceAll("(?<![\\w-])--?[A-Za-z][\\w-]*", " ")
            .replaceAll("<[^>]*>", " ")
            .replaceAll("\\S*[0-9._/=|\\\\]\\S*", " ")
            .replaceAll("\\b[A-Z][A-Z0-9-]+\\b", " ");
    List<String> left = new ArrayList<>();
    Matcher m = WORD.matcher(t);
    while (m.find()) {
      if (!CODES.contains(m.group())) {
        left.add(m.group());
      }
    }
    return left;
  }

  /** The Chinese left in an English text once the quoted example values go. */
  static List<String> chineseIn(String en) {
    String t = en.replaceAll("\"[^\"]*\"", " ");
    for (String v : CHINESE_VALUES) {
      t = t.replace(v, " ");
    }
    List<String> left = new ArrayList<>();
    for (String line : t.split("\n")) {
      if (CJK.matcher(line).find()) {
        left.add(line);
      }
    }
    return left;
  }

  static void assertChinese(String what, String text) {
    assertThat(text).as(what).isNotBlank();
    assertThat(englishIn(text)).as("English words in %s:%n%s", what, text).isEmpty();
  }

  static void assertEnglish(String what, String text) {
    assertThat(text).as(what).isNotBlank();
    assertThat(chineseIn(text)).as("Chinese in %s:%n%s", what, text).isEmpty();
  }

  /** The command lines of every command's help: the top one and each subcommand. */
  static List<List<String>> helpCommands() {
    List<List<String>> all = new ArrayList<>();
    all.add(List.of("--help"));
    for (String name : new CommandLine(new ShenbaoCommand()).getSubcommands().keySet()) {
      all.add(List.of(name, "--help"));
    }
    return all;
  }

  @Test
  void everyCommandsHelpIsChineseByDefaultAndEnglishOnRequest() {
    for (List<String> args : helpCommands()) {
      Cli zh = Cli.run(args.toArray(String[]::new));
      assertThat(zh.code()).isZero();
      assertChinese("zh " + args, zh.out());
      assertThat(zh.out()).contains("用法：", "选项：");
      List<String> en = new ArrayList<>(List.of("--lang", "en"));
      en.addAll(args);
      Cli english = Cli.run(en.toArray(String[]::new));
      assertEnglish("en " + args, english.out());
      assertThat(english.out()).contains("Usage:", "Options:");
      Cli byLocale = Cli.runIn(ENGLISH, args.toArray(String[]::new));
      assertThat(byLocale.out()).isEqualTo(english.out());
    }
  }

  @Test
  void everyOptionAndParameterIsDescribedInBothLanguages() {
    Set<String> zhKeys = keys("zh");
    Set<String> enKeys = keys("en");
    assertThat(zhKeys).isEqualTo(enKeys);
    CommandLine top = new CommandLine(new ShenbaoCommand());
    List<CommandSpec> specs = new ArrayList<>(List.of(top.getCommandSpec()));
    top.getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
    for (CommandSpec spec : specs) {
      assertThat(zhKeys).contains(spec.qualifiedName(".") + ".usage.description");
      List<ArgSpec> args = new ArrayList<>(spec.options());
      args.addAll(spec.positionalParameters());
      for (ArgSpec a : args) {
        String key = a.descriptionKey();
        if (a instanceof CommandLine.Model.OptionSpec o && o.usageHelp() || isVersion(a)) {
          continue;
        }
        assertThat(key).as("descriptionKey of %s in %s", a, spec.name()).isNotEmpty();
        assertThat(zhKeys).as("%s of %s", key, spec.name()).contains(key);
      }
    }
  }

  private static boolean isVersion(ArgSpec a) {
    return a instanceof CommandLine.Model.OptionSpec o && o.versionHelp();
  }

  private static Set<String> keys(String lang) {
    ResourceBundle b = Messages.bundle(ShenbaoCommand.BUNDLE, lang);
    return new TreeSet<>(b.keySet());
  }

  @Test
  void validateHelpListsEveryFormat() {
    for (String lang : List.of("zh", "en")) {
      String help = Cli.run("--lang", lang, "validate", "--help").out();
      for (String format : Renderers.names()) {
        assertThat(help).as("%s help", lang).contains(format);
      }
    }
  }

  /** A command line that is a usage error, with the environment it runs in. */
  record Usage(List<String> args, Map<String, String> env, String shows) {}

  private List<Usage> usageErrors() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("x.txt"), "x");
    Path notZip = Files.writeString(dir.resolve("bag.zip"), "not a zip");
    Path existing = Files.writeString(dir.resolve("exists.xlsx"), "x");
    Path circle1 = Files.writeString(dir.resolve("a.yaml"), "id: a\nextends: b.yaml\n");
    Files.writeString(dir.resolve("b.yaml"), "id: b\nextends: a.yaml\n");
    Path typo =
        Files.writeString(dir.resolve("t.yaml"), "id: t\nextends: 2024-batch2\nkey_industrys: 1\n");
    Path badYaml = Files.writeString(dir.resolve("y.yaml"), "id: [\n");
    Path sev =
        Files.writeString(
            dir.resolve("s.yaml"),
            "id: s\nextends: 2024-batch2\nseverities: {ROSTER-NAME: loud}\n");
    Path w1 = Files.writeString(dir.resolve("w1.yaml"), "nothing: here\n");
    Path w2 = Files.writeString(dir.resolve("w2.yaml"), "waivers:\n  - rule: ROSTER-NAME\n");
    Path w3 = Files.writeString(dir.resolve("w3.yaml"), "waivers:\n  - 1\n");
    Path w4 =
        Files.writeString(
            dir.resolve("w4.yaml"),
            "waivers:\n  - {rule: A, reason: b, approved_by: c, colour: d}\n");
    Path w5 =
        Files.writeString(
            dir.resolve("w5.yaml"),
            "waivers:\n  - {rule: A, reason: b, approved_by: c, expires: 2024-13-99}\n");
    Path w6 = Files.writeString(dir.resolve("w6.yaml"), "waivers: [\n");
    String out = dir.resolve("out").toString();
    Files.createDirectories(Path.of(out));
    String plan = WS + "/plan.yaml";
    Path received = dir.resolve("received/璧山区-申报包");
    Files.createDirectories(received.resolve("data"));
    Files.writeString(received.resolve("bagit.txt"), "BagIt-Version: 1.0\n");
    Path listed = dir.resolve("listed/璧山区-申报包");
    Files.createDirectories(listed.resolve("data"));
    Files.writeString(listed.resolve("bagit.txt"), "BagIt-Version: 1.0\n");
    Files.writeString(listed.getParent().resolve("received.yaml"), "綦江区-申报包: 2024-05-16\n");
    Path badTime = dir.resolve("bad-time/璧山区-申报包");
    Files.createDirectories(badTime.resolve("data"));
    Files.writeString(badTime.resolve("bagit.txt"), "BagIt-Version: 1.0\n");
    Files.writeString(badTime.getParent().resolve("received.yaml"), "璧山区-申报包: soon\n");
    String register = dir.resolve("register.xlsx").toString();
    return List.of(
        u("unknown-command", "nope"),
        u("unknown-option", "validate", WS, "--frmat", "json"),
        u("missing-parameter", "validate"),
        u("missing-parameter", "bundle"),
        u("option-needs-value", "validate", WS, "--format"),
        u("option-twice", "validate", WS, "--format", "json", "--format", "text"),
        u("invalid-value", "validate", WS, "--jobs", "x"),
        u("invalid-value", "validate", WS, "--as-of", "2024-99"),
        u("lang", "--lang", "fr", "validate", WS),
        u("format", "validate", WS, "--format", "xml"),
        u("fail-on", "validate", WS, "--fail-on", "never"),
        u("jobs", "validate", WS, "-j", "0"),
        u("report", "validate", WS, "--report", "xml=x"),
        u("no-such-path", "validate", "no/such/folder"),
        u("no-plan", "validate", empty.toString()),
        u("errors-only", "validate", WS, "--errors-only", "--as-of", "2024-05-10"),
        u("annotate-onto-originals", "validate", WS, "--annotate", ".."),
        u("policy", "validate", WS, "--policy", "2022-batch0"),
        u("policy", "validate", WS, "--policy", circle1.toString()),
        u("policy", "validate", WS, "--policy", typo.toString()),
        u("policy", "validate", WS, "--policy", badYaml.toString()),
        u("policy", "validate", WS, "--policy", sev.toString()),
        u("waivers", "validate", WS, "--waivers", w1.toString(), "--as-of", "2024-05-10"),
        u("waivers", "validate", WS, "--waivers", w2.toString(), "--as-of", "2024-05-10"),
        u("waivers", "validate", WS, "--waivers", w3.toString(), "--as-of", "2024-05-10"),
        u("waivers", "validate", WS, "--waivers", w4.toString(), "--as-of", "2024-05-10"),
        u("waivers", "validate", WS, "--waivers", w5.toString(), "--as-of", "2024-05-10"),
        u("waivers", "validate", WS, "--waivers", w6.toString(), "--as-of", "2024-05-10"),
        u("bundle-one", "bundle", "../examples/multi-city"),
        u("forward-province", "forward", WS, "--province", "火星省"),
        u("forward-not-progress", "forward", WS, "--province", "重庆市", "--progress", WS),
        u(
            "forward-progress-as-city",
            "forward",
            "../examples/sichuan/chengdu",
            "--province",
            "四川省"),
        u("forward-signatories", "forward", WS, "--province", "重庆市", "--signatories", "甲"),
        u("forward-letter", "forward", WS, "--province", "重庆市", "--letter", "无此文件.pdf"),
        u("date", "bundle", WS, "--date", "2024-13-01"),
        u(
            "bundle-late",
            "bundle",
            WS,
            "--as-of",
            "2024-05-10",
            "--date",
            "2024-06-01",
            "--out",
            dir.resolve("late").toString()),
        new Usage(
            List.of("bundle", WS, "--as-of", "2024-05-10"),
            Map.of("SOURCE_DATE_EPOCH", "soon"),
            "source-date-epoch"),
        u("exists", "bundle", WS, "--as-of", "2024-05-10", "--out", out),
        u(
            "font",
            "bundle",
            WS,
            "--as-of",
            "2024-05-10",
            "--out",
            dir.resolve("o2").toString(),
            "--font",
            dir.resolve("none.ttf").toString()),
        u("font-twice", "bundle", WS, "--font", "body=a.ttf", "--font", "正文=b.ttf"),
        u("font-role", "bundle", WS, "--font", "bdy=a.ttf"),
        u("font-role", "bundle", WS, "--font", "title="),
        u("no-such-path", "verify", "no/such/bag"),
        u("verify-not-zip", "verify", notZip.toString()),
        u("verify-not-zip", "validate", notZip.toString()),
        u("only-packages", "validate", received.getParent().toString()),
        u("output-exists", "intake", received.getParent().toString(), "--out", existing.toString()),
        u("intake-not-package", "intake", existing.toString()),
        u("intake-none", "intake", empty.toString()),
        u("no-such-path", "intake", "no/such/folder", "--out", register),
        u("received-unknown", "intake", listed.getParent().toString(), "--out", register),
        u("received-time", "intake", badTime.getParent().toString(), "--out", register),
        u("jobs", "intake", received.getParent().toString(), "-j", "0"),
        u("compare-format", "compare", WS, "--format", "pdf"),
        u("output-exists", "compare", WS, "--out", existing.toString()),
        u("init-not-empty", "init", full.toString()),
        u("init-type", "init", dir.resolve("n1").toString(), "--type", "metropolis"),
        u("init-industry", "init", dir.resolve("n2").toString(), "--industry", "foo"),
        u("no-such-file", "convert", "no.yaml", dir.resolve("o.xlsx").toString()),
        u("convert-direction", "convert", plan, dir.resolve("o.pdf").toString()),
        u("convert-exists", "convert", plan, existing.toString()),
        u("extra-argument", "convert", plan, "b.xlsx", "c"),
        u("rules-list-id", "rules", "list", "ROSTER-NAME"),
        u("rules-action", "rules", "frob"),
        u("rules-explain-id", "rules", "explain"),
        u("rules-unknown", "rules", "explain", "FOO-BAR"),
        u("rules-unknown-suggest", "rules", "explain", "ROSTER-CREDIT-COD"));
  }

  private static Usage u(String shows, String... args) {
    return new Usage(List.of(args), Map.of(), shows);
  }

  @Test
  void everyUsageErrorIsChineseByDefaultAndEnglishOnRequest() throws Exception {
    for (Usage u : usageErrors()) {
      Cli zh = Cli.runIn(u.env(), u.args().toArray(String[]::new));
      assertThat(zh.code()).as("%s: %s", u.args(), zh.err()).isEqualTo(ExitCode.USAGE);
      assertChinese("zh " + u.args(), zh.err());
      assertThat(zh.err()).as("%s", u.args()).startsWith("shenbao：");
      Map<String, String> env = new HashMap<>(u.env());
      env.putAll(ENGLISH);
      Cli en = Cli.runIn(env, u.args().toArray(String[]::new));
      assertThat(en.code()).as("%s: %s", u.args(), en.err()).isEqualTo(ExitCode.USAGE);
      assertEnglish("en " + u.args(), en.err());
      assertThat(en.err()).as("%s", u.args()).startsWith("shenbao: ");
    }
  }

  @Test
  void reportsNameLevelsInWordsAndAnUnreadablePlansCity() {
    String zh = Cli.run("validate", WS, "--as-of", "2024-05-10", "--format", "html").out();
    assertThat(zh).contains("<td>区县报市</td>").doesNotContain(">municipal<");
    String en =
        Cli.run("--lang", "en", "validate", WS, "--as-of", "2024-05-10", "--format", "html").out();
    assertThat(en).contains("<td>district to city</td>");
    String md =
        Cli.run(
                "validate",
                "../examples/mistakes/broken-yaml",
                "--as-of",
                "2024-05-10",
                "--format",
                "markdown")
            .out();
    assertThat(md).contains("（实施方案无法读取）").doesNotContain("null");
  }

  @Test
  void theLanguageComesFromLangThenTheLocale() {
    assertThat(Lang.fromEnvironment(Map.of())).isEqualTo("zh");
    assertThat(Lang.fromEnvironment(Map.of("LANG", "C.UTF-8"))).isEqualTo("zh");
    assertThat(Lang.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo("zh");
    assertThat(Lang.fromEnvironment(Map.of("LANG", "en_GB.UTF-8"))).isEqualTo("en");
    assertThat(Lang.fromEnvironment(Map.of("LC_ALL", "C.UTF-8", "LANG", "en_US.UTF-8")))
        .isEqualTo("en");
    assertThat(Lang.fromEnvironment(Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8")))
        .isEqualTo("zh");
    assertThat(Lang.choose(new String[] {"--lang", "zh", "validate"}, ENGLISH)).isEqualTo("zh");
    assertThat(Lang.choose(new String[] {"--lang=en"}, Map.of())).isEqualTo("en");
    assertThat(Lang.choose(new String[] {"--lang", "fr"}, ENGLISH)).isEqualTo("en");
  }

  @Test
  void theCheckersOwnCheckOfItselfWorks() {
    assertThat(englishIn("shenbao：未知选项 --frmat。是否应为 --format？")).isEmpty();
    assertThat(englishIn("shenbao: no such file or folder: x")).contains("no", "such");
    assertThat(englishIn("用法：shenbao validate PATH... Usage")).containsExactly("Usage");
    assertThat(chineseIn("Unknown option --frmat. Did you mean --format?")).isEmpty();
    assertThat(chineseIn("Option needs 选项 --x")).hasSize(1);
  }
}
