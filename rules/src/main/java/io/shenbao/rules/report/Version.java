package io.shenbao.rules.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the build. */
public final class Version {
  /** The version, such as {@code 0.1.0}. */
  public static final String VERSION = load();

  private Version() {}

  private static String load() {
    Properties p = new Properties();
    try (InputStream in =
        Version.class.getResourceAsStream("/io/shenbao/rules/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
