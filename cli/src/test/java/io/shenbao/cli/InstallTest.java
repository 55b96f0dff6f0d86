package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/install puts a `shenbao` on the PATH that runs this copy of the tool and makes its hints
 * say `shenbao`. Run on a copy of the script beside a stand-in launcher (which prints how it was
 * called), so that the test builds nothing.
 */
class InstallTest {
  @TempDir Path dir;

  record Run(int code, String out) {}

  private Path repo() throws Exception {
    Path scripts = Files.createDirectories(dir.resolve("shen bao/scripts"));
    Files.copy(Path.of("../scripts/install"), scripts.resolve("install"));
    Path launcher =
        Files.writeString(
            scripts.resolve("shenbao"),
            "#!/bin/sh\necho \"launched as [$SHENBAO_COMMAND] with [$*]\"\n",
            StandardCharsets.UTF_8);
    for (Path p : List.of(scripts.resolve("install"), launcher)) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return scripts;
  }

  private Run run(Map<String, String> env, String... cmd) throws Exception {
    return run(dir, env, cmd);
  }

  private Run run(Path in, Map<String, String> env, String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(in.toFile());
    pb.environment().remove("SHENBAO_COMMAND");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_MESSAGES");
    pb.environment().put("HOME", dir.resolve("home").toString());
    pb.environment().put("PATH", "/usr/bin:/bin");
    pb.environment().put("SHELL", "/bin/bash");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }

  @Test
  void installsACommandThatRunsThisCopyAndSaysHowToReachIt() throws Exception {
    Path scripts = repo();
    Run install = run(Map.of("LANG", "zh_CN.UTF-8"), "bash", scripts.resolve("install").toString());
    assertThat(install.code()).as(install.out()).isZero();
    Path command = dir.resolve("home/.local/bin/shenbao");
    assertThat(command).isExecutable();
    assertThat(install.out())
        .contains("已安装 shenbao 命令：" + command)
        .contains("还不在 PATH 中")
        .contains("export PATH=\"" + dir.resolve("home/.local/bin") + ":$PATH\"")
        .contains(".bashrc");
    Run used = run(Map.of(), command.toString(), "validate", "璧山区");
    assertThat(used.out()).isEqualTo("launched as [shenbao] with [validate 璧山区]\n");

    // once on the PATH, it says so; a second install replaces its own command
    Run again =
        run(
            Map.of(
                "LANG", "en_US.UTF-8", "PATH", dir.resolve("home/.local/bin") + ":/usr/bin:/bin"),
            "bash",
            scripts.resolve("install").toString());
    assertThat(again.code()).as(again.out()).isZero();
    assertThat(again.out()).contains("Installed the shenbao command", "shenbao --help");
    Run byName =
        run(
            Map.of("PATH", dir.resolve("home/.local/bin") + ":/usr/bin:/bin"),
            "sh",
            "-c",
            "shenbao rules");
    assertThat(byName.out()).isEqualTo("launched as [shenbao] with [rules]\n");
  }

  /**
   * A copy of scripts/shenbao in a folder with a space, in front of a jar that runs {@link
   * LauncherProbe}: no sources beside it, so it builds nothing.
   */
  private Path launcher() throws Exception {
    Path root = dir.resolve("shen bao");
    Path scripts = Files.createDirectories(root.resolve("scripts"));
    Path launcher = scripts.resolve("shenbao");
    Files.copy(Path.of("../scripts/shenbao"), launcher);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    Path classes =
        Path.of(LauncherProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    mf.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
    Path jar = Files.createDirectories(root.resolve("cli/target")).resolve("shenbao.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
      out.flush();
    }
    return launcher;
  }

  @Test
  void theLauncherNamesItselfInHintsAsItWasTyped() throws Exception {
    Path launcher = launcher();
    Path root = launcher.getParent().getParent();
    String java = Path.of(System.getProperty("java.home"), "bin").toString();
    Map<String, String> env = Map.of("PATH", java + ":/usr/bin:/bin", "LANG", "C.UTF-8");
    assertThat(run(root, env, "scripts/shenbao", "validate", "璧山区").out())
        .isEqualTo("[scripts/shenbao] validate 璧山区\n");
    assertThat(run(root, env, "./scripts/shenbao", "init", "x").out())
        .isEqualTo("[./scripts/shenbao] init x\n");
    // typed with its full path, which holds a space: quoted, so that a pasted hint runs
    assertThat(run(dir, env, launcher.toString(), "rules").out())
        .isEqualTo("[\"" + launcher + "\"] rules\n");
    // found on the PATH: its name
    Map<String, String> onPath =
        Map.of("PATH", launcher.getParent() + ":" + java + ":/usr/bin:/bin", "LANG", "C.UTF-8");
    assertThat(run(dir, onPath, "sh", "-c", "shenbao verify b.zip").out())
        .isEqualTo("[shenbao] verify b.zip\n");
  }

  /**
   * A locale the system does not have (here en_ZZ.UTF-8; a minimal Linux has only C and C.UTF-8)
   * leaves the JVM unable to name a Chinese file, as LANG=C does: the launcher runs it under
   * C.UTF-8 then, and the language the locale asked for is kept.
   */
  @Test
  void aLocaleTheSystemLacksStillNamesChineseFilesAndKeepsItsLanguage() throws Exception {
    Path launcher = launcher();
    assertThat(probe(launcher, "LANG", "en_ZZ.UTF-8")).isEqualTo("UTF-8 en");
    assertThat(probe(launcher, "LC_ALL", "en_ZZ.UTF-8")).isEqualTo("UTF-8 en");
    assertThat(probe(launcher, "LANG", "C")).isEqualTo("UTF-8 zh");
    assertThat(probe(launcher, "LANG", "C.UTF-8")).isEqualTo("UTF-8 zh");
  }

  /** The file-name encoding and the tool's language behind the launcher, with one locale set. */
  private String probe(Path launcher, String name, String value) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin").toString();
    Map<String, String> env = Map.of("PATH", java + ":/usr/bin:/bin", name, value);
    // its last line: before it, bash itself may warn that it cannot set the locale
    String[] lines = run(dir, env, launcher.toString(), "--probe-locale").out().strip().split("\n");
    String[] seen = lines[lines.length - 1].split(" ");
    Map<String, String> locale = new HashMap<>();
    for (int i = 1; i < seen.length; i++) {
      String[] kv = seen[i].split("=", 2);
      locale.put(kv[0], kv[1]);
    }
    return seen[0] + " " + Lang.fromEnvironment(locale);
  }

  @Test
  void neverReplacesACommandItDidNotWrite() throws Exception {
    Path scripts = repo();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path other = Files.writeString(bin.resolve("shenbao"), "#!/bin/sh\necho another tool\n");
    Run install =
        run(
            Map.of("LANG", "C.UTF-8"),
            "bash",
            scripts.resolve("install").toString(),
            bin.toString());
    assertThat(install.code()).isEqualTo(2);
    assertThat(install.out()).contains("不是本脚本写的");
    assertThat(other).content().isEqualTo("#!/bin/sh\necho another tool\n");
  }
}
