package io.shenbao.rules.finding;

import java.util.Locale;

/**
 * How serious a finding is. {@code OFF} only appears in policy overrides and switches a rule off.
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  OFF;

  /** The lower-case name used in files and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return this != OFF && rank() >= threshold.rank();
  }

  private int rank() {
    return switch (this) {
      case ERROR -> 3;
      case WARNING -> 2;
      case INFO -> 1;
      case OFF -> 0;
    };
  }

  /** Parses {@code error}, {@code warning}, {@code info} or {@code off}; null when unknown. */
  public static Severity parse(String text) {
    if (text == null) {
      return null;
    }
    for (Severity s : values()) {
      if (s.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    return null;
  }
}
